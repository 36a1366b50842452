package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an article element, as plain text: every block element ({@code <p>}, {@code <h2>},
 * {@code <li>}, {@code <div>}, ...) starts a paragraph, {@code <br><br>} too, and a single {@code <br>} is kept
 * as a line break. The {@code <h1>} is left out: it is the title, kept apart. Not thread-safe: one per call.
 */
final class HtmlParagraphs {

    /** Short lines that label page furniture rather than say anything, compared in lower case. */
    private static final Set<String> FURNITURE_LINES = Set.of(
            "advertisement", "advert", "ad", "sponsored", "sponsored content", "story continues below advertisement",
            "article continues below advertisement", "continue reading", "read more", "share", "share this article",
            "skip to content", "scroll to continue with content", "related", "related stories", "related articles",
            "more stories", "share this", "recommended", "most read");
    private static final char LINE_BREAK = '\n';
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    /** Two or more line breaks, with any spaces around them, end a paragraph. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" *\\n(?: *\\n)+ *");
    private static final Pattern SPACED_LINE_BREAK = Pattern.compile(" *\\n *");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.…»›>]+$");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlParagraphs() {
    }

    static List<String> of(Element article) {
        HtmlParagraphs collector = new HtmlParagraphs();
        collector.block(article);
        return collector.paragraphs;
    }

    private void block(Element element) {
        endParagraph();
        children(element);
        endParagraph();
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(WHITE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element inner) {
                String name = inner.normalName();
                if (name.equals("br")) {
                    current.append(LINE_BREAK);
                } else if (name.equals("h1")) {
                    endParagraph();
                } else if (HtmlText.isInline(inner)) {
                    children(inner);
                } else {
                    block(inner);
                }
            }
        }
    }

    private void endParagraph() {
        String text = current.toString();
        current.setLength(0);
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String oneSpaced = SPACES.matcher(paragraph).replaceAll(" ");
            String clean = SPACED_LINE_BREAK.matcher(oneSpaced).replaceAll("\n").strip();
            if (!clean.isEmpty() && !isFurniture(clean)) {
                paragraphs.add(clean);
            }
        }
    }

    private static boolean isFurniture(String paragraph) {
        String label = TRAILING_PUNCTUATION.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("");
        return FURNITURE_LINES.contains(label);
    }
}
