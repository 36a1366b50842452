package org.dateline.extract.entity;

import java.util.List;
import org.dateline.model.Field;
import org.dateline.model.Sentence;

/** Finds typed names in a text. Implementations are immutable and thread-safe. */
public interface NameTagger {

    /**
     * The names of one text (title or body), in text order; spans may overlap between taggers but not within one.
     *
     * @param text      the text
     * @param field     which field of the article it is (spans carry it)
     * @param sentences its sentences with tokens, as the segmenter gives them
     */
    List<NameSpan> tag(String text, Field field, List<Sentence> sentences);
}
