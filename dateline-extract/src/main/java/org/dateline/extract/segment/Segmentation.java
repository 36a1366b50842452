package org.dateline.extract.segment;

import java.util.List;
import org.dateline.model.Paragraph;
import org.dateline.model.Sentence;

/**
 * The paragraphs and sentences of one text, in text order. Every sentence lies inside one paragraph and
 * carries its tokens.
 */
public record Segmentation(List<Paragraph> paragraphs, List<Sentence> sentences) {

    public Segmentation {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
