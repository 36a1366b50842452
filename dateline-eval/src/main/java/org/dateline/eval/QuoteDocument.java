package org.dateline.eval;

import java.util.List;

/**
 * One document of a gold attribution corpus ({@code shared/data/polnear/polnear.jsonl}) with its quotes.
 *
 * @param id     the document id
 * @param text   the text the offsets point into
 * @param dct    the document creation date as written ("2015-11-11"), or null
 * @param split  the split the document belongs to ("train", "dev", "test"), or null when the corpus has none
 * @param quotes the gold quotes, in file order, with UTF-16 offsets (the files count code points; converted here)
 */
public record QuoteDocument(String id, String text, String dct, String split, List<GoldQuote> quotes) {

    public QuoteDocument {
        quotes = List.copyOf(quotes);
    }

    /**
     * A stretch of the text: UTF-16 offsets and the characters they cover.
     *
     * @param start offset of its first character
     * @param end   offset just after its last character
     * @param text  the covered text
     */
    public record Part(int start, int end, String text) {
    }

    /**
     * One gold attribution.
     *
     * @param start       where its content begins (the first of its fragments)
     * @param end         where its content ends (the end of the last fragment)
     * @param text        the content from {@code start} to {@code end}, the attribution included when the content is
     *                    interrupted by it
     * @param direct      true when the content holds a quotation mark (the corpus's heuristic for a direct quote)
     * @param speaker     the source as written ("Trump", "he"), or null when the corpus gives none
     * @param speakerSpan where the source is written, or null when there is none
     * @param cue         the attribution's cue ("said", "according to"), or null
     * @param fragments   the pieces of the content (one, or several when the content is discontinuous)
     */
    public record GoldQuote(int start, int end, String text, boolean direct, String speaker, Part speakerSpan, Part cue,
                            List<Part> fragments) {
        public GoldQuote {
            fragments = List.copyOf(fragments);
        }
    }
}
