package org.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about its article outside the text: headline, publication date, canonical address.
 * Read from the untouched page, since JSON-LD sits in scripts and the headline and {@code <time>} in headers,
 * all of which the text extraction removes. Metadata is best effort: a date that cannot be parsed is skipped.
 *
 * @param title     the headline, possibly empty
 * @param published the publication date, or null
 * @param url       the canonical address, or null
 */
record HtmlMetadata(String title, LocalDate published, String url) {

    /** Names of {@code <meta name>} tags that carry the publication date, in order of trust. */
    private static final List<String> DATE_META_NAMES =
            List.of("pubdate", "publishdate", "date", "dc.date.issued", "dcterms.created");
    /** Separators between a headline and the site's name in {@code <title>}: "Headline - Site", "Headline | Site". */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ");
    /** A site name is short; anything longer after a separator is part of the headline. */
    private static final int MAX_SITE_NAME_LENGTH = 40;
    private static final ObjectReader JSON = new ObjectMapper().reader();

    static HtmlMetadata read(Document page) {
        return new HtmlMetadata(title(page), published(page).orElse(null), url(page));
    }

    private static String title(Document page) {
        return firstPresent(List.of(
                () -> metaContent(page, "property", "og:title"),
                () -> Optional.ofNullable(page.selectFirst(
                                "article h1, [itemprop=articleBody] h1, main h1, [role=main] h1"))
                        .map(Element::text),
                () -> Optional.of(withoutSiteName(page.title()))))
                .orElse("");
    }

    /** "Lavrov rules out joining coalition | World News" without " | World News". */
    static String withoutSiteName(String title) {
        int cut = -1;
        int siteStart = -1;
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > cut) {
                cut = at;
                siteStart = at + separator.length();
            }
        }
        if (cut <= 0 || title.length() - siteStart > MAX_SITE_NAME_LENGTH) {
            return title.strip();
        }
        return title.substring(0, cut).strip();
    }

    private static Optional<LocalDate> published(Document page) {
        List<String> candidates = new ArrayList<>();
        metaContent(page, "property", "article:published_time").ifPresent(candidates::add);
        for (String name : DATE_META_NAMES) {
            metaContent(page, "name", name).ifPresent(candidates::add);
        }
        for (Element element : page.select("[itemprop=datePublished]")) {
            candidates.add(firstNonBlank(element.attr("content"), element.attr("datetime"), element.text()));
        }
        candidates.addAll(jsonLdDates(page));
        for (Element time : page.select("article time[datetime], [itemprop=articleBody] time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        return candidates.stream()
                .map(PublicationDates::parseLenient)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static List<String> jsonLdDates(Document page) {
        List<String> dates = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JSON.readTree(script.data()).findValues("datePublished").stream()
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .forEach(dates::add);
            } catch (IOException malformedJsonLd) {
                // pages often carry broken JSON-LD; the other sources of the date still count
            }
        }
        return dates;
    }

    private static String url(Document page) {
        return firstPresent(List.of(
                () -> Optional.ofNullable(page.selectFirst("link[rel=canonical][href]"))
                        .map(link -> firstNonBlank(link.absUrl("href"), link.attr("href")))
                        .filter(href -> !href.isBlank()),
                () -> metaContent(page, "property", "og:url")))
                .orElse(null);
    }

    /** The content of the first {@code <meta>} whose attribute (compared without case) has this value. */
    private static Optional<String> metaContent(Document page, String attribute, String value) {
        return page.select("meta[" + attribute + "]").stream()
                .filter(meta -> meta.attr(attribute).strip().toLowerCase(Locale.ROOT).equals(value))
                .map(meta -> meta.attr("content").strip())
                .filter(content -> !content.isEmpty())
                .findFirst();
    }

    /** The first non-blank value, asking each source only when the ones before it had none. */
    private static Optional<String> firstPresent(List<Supplier<Optional<String>>> sources) {
        return sources.stream()
                .map(Supplier::get)
                .flatMap(Optional::stream)
                .map(text -> text.replaceAll("\\s+", " ").strip())
                .filter(text -> !text.isEmpty())
                .findFirst();
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(value -> !value.isBlank()).findFirst().orElse("");
    }
}
