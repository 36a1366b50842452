package org.dateline.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's article: the article markup ({@code [itemprop=articleBody]},
 * {@code <article>}, {@code <main>}) when there is some, else the block with the most paragraph text.
 * Article markup is trusted only when it holds at least half as much prose as that block, since related-story
 * teasers are often {@code <article>}s too.
 */
final class HtmlContentRoot {

    /** Article markup, most precise first; among several matches the one with the most prose (the first on a tie). */
    private static final List<String> ARTICLE_MARKUP =
            List.of("[itemprop=articleBody]", "article", "main, [role=main]");
    /** Text written straight into a block, not in a {@code <p>}, counts as a paragraph from this length. */
    private static final int MIN_BARE_PARAGRAPH = 25;

    private HtmlContentRoot() {
    }

    static Element find(Element body) {
        Element densest = densestParagraphBlock(body);
        int baseline = HtmlText.proseLength(densest);
        for (String selector : ARTICLE_MARKUP) {
            Optional<Element> marked = body.select(selector).stream()
                    .max(Comparator.comparingInt(HtmlText::proseLength));
            if (marked.isPresent()) {
                int prose = HtmlText.proseLength(marked.get());
                if (prose > 0 && 2L * prose >= baseline) {
                    return marked.get();
                }
            }
        }
        return densest;
    }

    /**
     * The idea of Readability: each paragraph credits its text to its parent, and half of it to its
     * grandparent, so the block that directly holds the most paragraphs wins. The body when there are none.
     */
    private static Element densestParagraphBlock(Element body) {
        // elements are equal only to themselves; insertion order gives a tie to the block that comes first
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element element : body.getAllElements()) {
            if (element.normalName().equals("p")) {
                int prose = HtmlText.proseLength(element);
                credit(scores, element.parent(), prose);
                credit(scores, element.parent() == null ? null : element.parent().parent(), prose / 2);
            } else if (!HtmlText.isInline(element)) {
                int bare = bareTextLength(element);
                if (bare >= MIN_BARE_PARAGRAPH) {
                    credit(scores, element, bare);
                    credit(scores, element.parent(), bare / 2);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static void credit(Map<Element, Integer> scores, Element block, int points) {
        if (block != null && points > 0 && !block.normalName().equals("html")) { // <html> would take in <head>
            scores.merge(block, points, Integer::sum);
        }
    }

    /** Text in the element's own text nodes, as in {@code <div>First paragraph<br><br>Second</div>}. */
    private static int bareTextLength(Element element) {
        int length = 0;
        for (TextNode text : element.textNodes()) {
            length += text.text().strip().length();
        }
        return length;
    }
}
