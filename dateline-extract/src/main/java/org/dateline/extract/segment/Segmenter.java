package org.dateline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Sentence;
import org.dateline.model.Span;

/**
 * Splits an article's text into paragraphs, sentences and tokens, with offsets into that text.
 *
 * <pre>{@code
 * Segmentation s = new Segmenter().segment(article.text(), Field.BODY);
 * for (Sentence sentence : s.sentences()) { ... sentence.tokens() ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance can serve every article. Rules for paragraphs, sentences and
 * tokens are in the package documentation.
 */
public final class Segmenter {

    private final ParagraphSplitter paragraphSplitter = new ParagraphSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

    /**
     * Segments {@code text}, the text of {@code field}.
     *
     * @throws IllegalArgumentException if {@code text} or {@code field} is null
     */
    public Segmentation segment(String text, Field field) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null (field " + field + ")");
        }
        if (field == null) {
            throw new IllegalArgumentException("field must not be null");
        }
        List<Paragraph> paragraphs = paragraphSplitter.split(text, field);
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Span span = paragraph.span();
            sentences.addAll(sentenceSplitter.split(tokenizer.tokenize(text, span.start(), span.end(), field), field));
        }
        return new Segmentation(paragraphs, sentences);
    }
}
