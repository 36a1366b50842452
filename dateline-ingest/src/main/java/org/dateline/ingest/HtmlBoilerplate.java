package org.dateline.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what surrounds an article on a news page: scripts and widgets, the page's header, navigation and
 * footer, asides, and blocks whose class or id names them as ads, share bars, related or "more stories" lists,
 * comments, cookie banners and the like. A named block that holds most of the page's prose is kept whatever
 * its name, because names such as "layout--with-sidebar" or "ad-free" also appear on wrappers of the article.
 */
final class HtmlBoilerplate {

    /** Elements that never hold article prose. */
    private static final String NON_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " video, audio, button, input, select, textarea, figure, figcaption, [hidden], [aria-hidden=true],"
            + " [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /** The parts of a page that are not its article, by element or ARIA role. */
    private static final String PAGE_PARTS = "nav, aside, header, footer, menu, dialog, [role=navigation],"
            + " [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog]";
    /**
     * Class and id words of boilerplate blocks ("share-bar", "relatedLinks", "ad_slot"): whole words, or word
     * starts for stems that sites run together ("relatedposts", "sharedaddy", "advertorial"). "comment" is a
     * whole word only, since "commentary" is an article.
     */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile("(?<![a-z0-9])(?:(?:"
            + "nav|navbar|navigation|menu|skip-link|toolbar|header|masthead|footer|sidebar|widgets?"
            + "|byline|author|tags|comments?|disqus|consent|gdpr|paywall|modal|popup|popular"
            + "|more-stories|more-news|most-read|most-popular|ads?|adslot|dfp|visually-hidden|sr-only"
            + ")|(?:"
            + "related|recommend|recirculation|trending|share|sharing|social|breadcrumb|cookie|newsletter|subscri"
            + "|advert|sponsor|promo|outbrain|taboola"
            + ")[a-z0-9]*)(?![a-z0-9])");
    /** Below this many characters of prose a block is a line of furniture (a copyright notice), not an article. */
    private static final int MIN_ARTICLE_PROSE = 100;
    private static final Pattern CAMEL_CASE_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    /** Link lists ("related", tag clouds) are mostly links; prose rarely has links in more than half its text. */
    private static final double MAX_LINK_DENSITY_OF_BLOCK = 0.5;
    /** A paragraph that is nearly all link is a teaser ("Read more: ..."), not prose. */
    private static final double MAX_LINK_DENSITY_OF_PARAGRAPH = 0.7;

    private HtmlBoilerplate() {
    }

    /** Removes what holds no prose at all. Run first, so that the other measures see only visible text. */
    static void removeNonText(Document page) {
        page.select(NON_TEXT).remove();
    }

    /** Removes the page's furniture and named boilerplate blocks, except one holding most of the page's prose. */
    static void removePageFurniture(Element body) {
        body.select(PAGE_PARTS).remove();
        int pageProse = HtmlText.proseLength(body);
        for (Element element : body.getAllElements()) {
            boolean alreadyRemoved = element.ownerDocument() == null; // with an ancestor
            if (element != body && !alreadyRemoved && hasBoilerplateName(element)) {
                removeUnlessMostOfPage(element, pageProse);
            }
        }
    }

    /** Removes, inside the article, lists and paragraphs that are mostly links. */
    static void removeLinkLists(Element article) {
        for (Element block : article.select("ul, ol, dl, table, section, div, p")) {
            double limit = block.normalName().equals("p") ? MAX_LINK_DENSITY_OF_PARAGRAPH : MAX_LINK_DENSITY_OF_BLOCK;
            if (block != article && HtmlText.linkDensity(block) > limit) {
                block.remove();
            }
        }
    }

    static boolean hasBoilerplateName(Element element) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        String words = CAMEL_CASE_BOUNDARY.matcher(names).replaceAll("$1-$2")
                .replace('_', '-')
                .toLowerCase(Locale.ROOT);
        return BOILERPLATE_NAME.matcher(words).find();
    }

    private static void removeUnlessMostOfPage(Element block, int pageProse) {
        int prose = HtmlText.proseLength(block);
        boolean holdsTheArticle = prose >= MIN_ARTICLE_PROSE && 2L * prose > pageProse;
        if (!holdsTheArticle) {
            block.remove();
        }
    }
}
