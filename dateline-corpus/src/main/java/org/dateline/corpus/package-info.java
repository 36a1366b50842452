/**
 * Across articles: entity dossiers, story threads, cross-article dating and merged timelines, as pure,
 * deterministic functions over {@link org.dateline.corpus.ArticleFacts} (no I/O, no index: the store keeps the
 * facts and calls these).
 *
 * <pre>{@code
 * List<ArticleFacts> facts = extractions.stream().map(ArticleFacts::of).toList();
 * CorpusAnalysis corpus = CorpusAnalyzer.analyse(facts);
 * corpus.findDossiers("Lavrov");                         // [sergey-lavrov: Sergey Lavrov, 2 articles]
 * corpus.storyOf("003_318003164efa4d8d");                 // s1, with the report 000_962b241333455358
 * corpus.date("003_318003164efa4d8d");                    // 2015-12-09, "year 2015 from story s1: ..."
 * corpus.timeline(TimelineFilter.between("2014-09", "2014-10"));   // France joins 2014-09-19, Denmark 2014-09-26, ...
 * CorpusAnalyzer.analyse(facts, Set.of(new Split("sergey-lavrov", "000_962b241333455358", "e1")));  // undo a merge
 * }</pre>
 *
 * <p>The rules (what merges two entities, what makes two articles one story, which article lends its year, when
 * two events are one happening) are documented on {@link org.dateline.corpus.EntityResolver},
 * {@link org.dateline.corpus.StoryThreader}, {@link org.dateline.corpus.CorpusYears} and
 * {@link org.dateline.corpus.TimelineBuilder}. Every result is a record of lists, strings, numbers and enums that
 * Jackson databind writes and reads as is.
 */
package org.dateline.corpus;
