/**
 * Dateline's own statistical name tagger: a greedy averaged-perceptron sequence labeller, about thirteen times faster
 * than the OpenNLP name finder of {@link org.dateline.extract.entity.model} and more accurate on news text (measured
 * in {@code perceptron.md} beside the model).
 *
 * <h2>Why</h2>
 * The OpenNLP maximum-entropy name finder took nine tenths of extraction time: it builds its features as strings
 * (tens of concatenations and map lookups per word), keeps them in boxed collections and runs a beam search. The
 * tagger here computes the same kind of evidence as integers and reads it from one flat weight table.
 *
 * <h2>How</h2>
 * <ul>
 *   <li><b>Labels</b> are BILOU over PERSON, ORGANIZATION, LOCATION and MISC, seventeen small ints ({@code Tags}).
 *       The decoder goes left to right and takes at each word the best label that BILOU allows after the previous
 *       one, so every output is well formed.</li>
 *   <li><b>Features</b> ({@code SentenceFeatures}) are computed once per sentence: the lower-cased word and its short
 *       shape within two words on either side, the word as written, its shape ("Xxxx", "XX", "X.X.", "dd"), prefixes
 *       and suffixes of one to four characters, word bigrams, the shape trigram, shape at the sentence's start or in an
 *       all-capital headline, the word's gazetteer memberships (first name, country, city, region, organization,
 *       world region, demonym; whole name or part of one) and those of its neighbours, and how the document writes
 *       the word elsewhere (capitalised mid-sentence, or in lower case). Four more read the previous labels: the
 *       previous label, the previous two, and the previous label with the word and with its shape.</li>
 *   <li><b>Hashing</b>: words are hashed from the text's characters (no strings built), each feature is its template
 *       number mixed with its value, and the top bits of that pick a row of a fixed table of 2<sup>bits</sup> rows of
 *       seventeen 16-bit weights. There is no feature dictionary; a word's score is the sum of its 34 rows.</li>
 *   <li><b>Training</b> ({@code PerceptronTrainer}) is the averaged perceptron over shuffled sentences with a fixed
 *       seed: deterministic, about fifteen seconds for the standard corpora on one core.</li>
 *   <li><b>The model file</b> ({@code PerceptronModel}) is a gzip stream with a magic header, versions, the feature
 *       space size, the gazetteer word lexicon the features read, and the non-zero weights: about 2 MB on disk and
 *       36 MB in memory (2<sup>20</sup> rows of seventeen 16-bit weights).</li>
 * </ul>
 *
 * <p>{@code PerceptronNameTagger} implements {@link org.dateline.extract.entity.NameTagger} with the output
 * conventions of the OpenNLP tagger, so either can stand in the entity pipeline.
 */
package org.dateline.extract.entity.perceptron;
