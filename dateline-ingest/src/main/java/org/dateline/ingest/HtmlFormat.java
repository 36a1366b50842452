package org.dateline.ingest;

import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news web page: the article's title, date and address from the page's metadata, and its text from the
 * article element only, paragraphs separated by a blank line.
 */
final class HtmlFormat {

    private HtmlFormat() {
    }

    /** @throws BadInputException for an empty, binary or undecodable page, or one without article text */
    static Article parse(InputName input, byte[] bytes) throws BadInputException {
        String html = TextDecoder.decode(bytes, HtmlCharset.declared(bytes), true);
        Document page = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.read(page);
        HtmlBoilerplate.removeNonText(page);
        HtmlBoilerplate.removePageFurniture(page.body());
        Element article = HtmlContentRoot.find(page.body());
        HtmlBoilerplate.removeLinkLists(article);
        List<String> paragraphs = HtmlParagraphs.of(article);
        if (paragraphs.isEmpty()) {
            throw new BadInputException("no article text found in HTML");
        }
        return new Article(input.id(), metadata.title(), String.join("\n\n", paragraphs), metadata.published(),
                input.source(), metadata.url(), Map.of());
    }
}
