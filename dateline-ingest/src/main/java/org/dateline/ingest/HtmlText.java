package org.dateline.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Measures of an element's text that tell article prose from page furniture. */
final class HtmlText {

    /** Elements that sit inside a line of text rather than start a block of their own. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
            "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
            "sup", "time", "tt", "u", "var", "wbr");

    private HtmlText() {
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    /** Characters of text outside links: prose has many, menus and link lists few. */
    static int proseLength(Element element) {
        return element.text().length() - linkTextLength(element);
    }

    /** The share of the element's text that sits in links, from 0 to 1; 0 for an element without text. */
    static double linkDensity(Element element) {
        int length = element.text().length();
        return length == 0 ? 0 : (double) linkTextLength(element) / length;
    }

    private static int linkTextLength(Element element) {
        int length = 0;
        for (Element link : element.select("a")) {
            length += link.text().length();
        }
        return length;
    }
}
