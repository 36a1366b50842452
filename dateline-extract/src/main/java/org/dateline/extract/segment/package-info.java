/**
 * Paragraphs, sentences and tokens: {@link org.dateline.extract.segment.Segmenter}.
 *
 * <h2>Paragraphs</h2>
 * Every non-blank line is a paragraph (wire copy often puts each paragraph on one line; blank lines separate
 * them too). Spans are trimmed of whitespace, including no-break and zero-width spaces.
 *
 * <h2>Tokens</h2>
 * One pass over the characters; whitespace is never part of a token, every other character is in exactly one.
 * <ul>
 *   <li><b>Words</b> are runs of letters, digits and combining marks, joined across an apostrophe before a letter
 *       ("don't", "Lavrov’s") and across a hyphen between word characters ("al-Assad", "anti-terrorist", "F-16",
 *       "9-year-old"). A hyphen between two digits splits: "10-11" is {@code 10 - 11}, a range.</li>
 *   <li><b>Numbers</b> keep a decimal point or thousands separator between digits: "3.5", "1,000",
 *       "1,000.50". A letter run glued to digits stays in the token ("5th", "3.5bn").</li>
 *   <li><b>Dotted acronyms</b> of single letters are one token with their periods: "U.S.", "U.N.", "D.C.",
 *       "a.m.". A hyphen after one is not inside a word, so "U.S.-led" is {@code U.S. - led}; the acronym
 *       stays matchable as written.</li>
 *   <li><b>Abbreviations</b> keep their period ("Mr.", "Gen.", "Sept.", "Inc.", "approx.", "ST."), as do
 *       single capital initials ("J.", "W."); "No.", "Art." only before a number. "approx.TASS" is
 *       {@code approx. TASS}.</li>
 *   <li><b>Punctuation</b>: every mark is its own token, each quote mark of every kind (“ ” " ' ‘ ’ « » „) and
 *       each dash (– —); only runs of periods ("...") and of hyphens ("--") stay together. An apostrophe that is
 *       not between a word character and a letter is a quote mark.</li>
 * </ul>
 *
 * <h2>Sentences</h2>
 * Sentences never cross a paragraph. One ends at ".", "!", "?", "…" or "..." (with the closing quotes and
 * brackets written right after it) when whitespace and a sentence start follow: an upper-case or caseless
 * letter, a digit, an opening quote or bracket, a dash. Abbreviations, acronyms and initials carry their own
 * period and end a sentence only before a common sentence opener ("The", "He", "It", ...), so "U.S. officials"
 * and "George W. Bush" stay whole while "... in the U.S. The ..." splits. There is no boundary without
 * whitespace after the period ("approx.TASS").
 */
package org.dateline.extract.segment;
