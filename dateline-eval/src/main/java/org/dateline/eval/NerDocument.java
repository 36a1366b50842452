package org.dateline.eval;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * One document of a uniform JSON Lines corpus ({@code shared/data/<corpus>/<corpus>.jsonl}) with its gold names.
 *
 * @param id       the document id
 * @param text     the text the offsets point into
 * @param dct      the document creation date as written ("2015-12-11"), or null
 * @param split    the split the document belongs to ("train", "dev", "test"), or null when the corpus has none
 * @param mentions the gold names, in file order, with UTF-16 offsets (the files count code points; converted here)
 */
public record NerDocument(String id, String text, String dct, String split, List<GoldMention> mentions) {

    public NerDocument {
        mentions = List.copyOf(mentions);
    }

    /** The same document without the mentions its corpus marks as not names (for CoNLL-style name scores). */
    public NerDocument namesOnly() {
        return new NerDocument(id, text, dct, split, mentions.stream().filter(GoldMention::named).toList());
    }

    /**
     * The offset just past the first {@code lines} lines of the text (the whole text when it has no more, or when
     * {@code lines} is 0): where a corpus that annotates only the beginning of each document stops annotating.
     */
    public int endOfLines(int lines) {
        if (lines <= 0) {
            return text.length();
        }
        int pos = -1;
        for (int i = 0; i < lines; i++) {
            pos = text.indexOf('\n', pos + 1);
            if (pos < 0) {
                return text.length();
            }
        }
        return pos;
    }

    /** The first {@code lines} lines of the document with the mentions inside them (all of it when {@code lines} is 0). */
    public NerDocument firstLines(int lines) {
        int end = endOfLines(lines);
        return end == text.length() ? this : new NerDocument(id, text.substring(0, end), dct, split,
                mentions.stream().filter(m -> m.end() <= end).toList());
    }

    /**
     * One gold name.
     *
     * @param start UTF-16 offset of its first character in the document text
     * @param end   UTF-16 offset just after its last character
     * @param type  PERSON, ORGANIZATION, LOCATION or MISC
     * @param text  the covered text
     * @param named false where the corpus marks the mention as not a proper name (re3d's descriptions, pronouns)
     */
    public record GoldMention(int start, int end, EntityType type, String text, boolean named) {
    }
}
