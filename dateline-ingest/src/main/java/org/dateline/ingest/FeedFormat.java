package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME: one article per item. The item's title is the title, its
 * content (RSS {@code content:encoded}, Atom {@code content}) or description, whichever is longer, the text (HTML
 * is turned into paragraphs as for a web page), its publication date ({@code pubDate}, {@code published},
 * {@code dc:date}, else {@code updated}) the published date, and its link the url. A date keeps the day it is
 * written with ("Fri, 11 Dec 2015 01:00:00 +0300" is 11 December), as for every other input.
 *
 * <p>A feed that is not XML, or XML that is no feed, is one error; so is an item without text, on
 * {@code "<file>: item N"}, and the other items are still read. Items are numbered from 1 in feed order; an item
 * gets the id {@code "<file name>-N"}. The feed's title and each item's guid are kept in {@code Article.extra}.
 */
final class FeedFormat {

    /** A feed is parsed whole, so it has a ceiling of its own, above the per-article limit. */
    static final long MAX_FEED_BYTES = 64L * 1024 * 1024;

    /** Names of an item's child elements that carry its publication date, in order of trust. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued", "created",
            "updated", "modified");
    private static final Set<String> ITEM_ELEMENTS = Set.of("item", "entry");

    private FeedFormat() {
    }

    /** Whether XML whose prolog (declaration, comments) is cut off opens an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root. */
    static boolean looksLikeFeed(String rootOnwards) {
        String lower = rootOnwards.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype")) {
            int end = lower.indexOf('>');
            lower = end < 0 ? "" : lower.substring(end + 1).stripLeading();
        }
        return lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf");
    }

    /**
     * Sends each item's article, or its error, to the sink.
     *
     * @throws BadInputException when the input is no feed at all: empty, too large, not XML, not a feed
     */
    static void read(InputName input, byte[] bytes, long maxArticleBytes, ArticleSink sink) throws BadInputException {
        if (isBlank(bytes)) {
            throw BadInputException.emptyFile();
        }
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        if (mark.map(m -> !m.isUtf16()).orElse(true)
                && BinaryContent.looksBinary(bytes, mark.map(ByteOrderMark::length).orElse(0))) {
            throw BadInputException.binaryFile();
        }
        org.w3c.dom.Document xml = parseXml(bytes);
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(true); // the DOM parser above already refuses external entities
            feed = in.build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException("not an RSS or Atom feed (" + oneLine(e.getMessage()) + ")");
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new BadInputException("feed has no items");
        }
        List<Optional<LocalDate>> writtenDates = writtenDates(xml);
        boolean datesLineUp = writtenDates.size() == entries.size();
        for (int i = 0; i < entries.size(); i++) {
            int number = i + 1;
            SyndEntry entry = entries.get(i);
            Optional<LocalDate> written = datesLineUp ? writtenDates.get(i) : Optional.empty();
            try {
                sink.article(toArticle(input, feed, entry, number, written, maxArticleBytes));
            } catch (BadInputException e) {
                sink.error(new InputError(input.shown() + ": item " + number, e.getMessage()));
            }
        }
    }

    private static Article toArticle(InputName input, SyndFeed feed, SyndEntry entry, int number,
                                     Optional<LocalDate> written, long maxArticleBytes) throws BadInputException {
        String text = text(entry);
        if (text.isBlank()) {
            throw new BadInputException("no text in the item's description or content");
        }
        long size = (long) text.length() * 2; // UTF-16 code units; a bound, not an exact byte count
        if (size > maxArticleBytes) {
            throw BadInputException.tooLarge(size, maxArticleBytes);
        }
        LocalDate published = written.orElseGet(() -> Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(date -> LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC))
                .orElse(null));
        Map<String, Object> extra = new LinkedHashMap<>();
        if (feed.getTitle() != null && !feed.getTitle().isBlank()) {
            extra.put("feed", plain(feed.getTitle()));
        }
        if (entry.getUri() != null && !entry.getUri().isBlank()) {
            extra.put("guid", entry.getUri().strip());
        }
        String link = entry.getLink() == null || entry.getLink().isBlank() ? null : entry.getLink().strip();
        return new Article(input.id() + "-" + number, plain(entry.getTitle() == null ? "" : entry.getTitle()), text,
                published, input.source(), link, extra);
    }

    /** The longer of the item's contents and its description, as paragraphs separated by a blank line. */
    private static String text(SyndEntry entry) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        String best = "";
        for (SyndContent content : candidates) {
            if (content.getValue() == null) {
                continue;
            }
            String text = isPlainText(content.getType()) ? plainParagraphs(content.getValue()) : htmlParagraphs(content.getValue());
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    private static boolean isPlainText(String type) {
        return type != null && (type.equals("text") || type.equals("text/plain"));
    }

    private static String htmlParagraphs(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        HtmlBoilerplate.removeNonText(fragment);
        return String.join("\n\n", HtmlParagraphs.of(fragment.body()));
    }

    private static String plainParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String clean = paragraph.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A title as text: feeds escape HTML in titles now and then. */
    private static String plain(String title) {
        String text = title.indexOf('<') >= 0 || title.indexOf('&') >= 0 ? Jsoup.parse(title).text() : title;
        return text.replaceAll("\\s+", " ").strip();
    }

    /** No bytes, or only white space, byte-order marks and NULs (UTF-16 white space). */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || c == 0xEF || c == 0xBB || c == 0xBF
                    || c == 0xFE || c == 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Parses the XML without fetching anything: no external entities, no external DTDs. */
    private static org.w3c.dom.Document parseXml(byte[] bytes) throws BadInputException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new BadInputException("malformed XML (" + oneLine(e.getMessage()) + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
        }
    }

    /** The date each item writes, in document order (the order ROME lists the entries in). */
    private static List<Optional<LocalDate>> writtenDates(org.w3c.dom.Document xml) {
        List<Optional<LocalDate>> dates = new ArrayList<>();
        collectItemDates(xml.getDocumentElement(), dates);
        return dates;
    }

    private static void collectItemDates(Element element, List<Optional<LocalDate>> dates) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                if (ITEM_ELEMENTS.contains(localName(inner))) {
                    dates.add(itemDate(inner));
                } else {
                    collectItemDates(inner, dates);
                }
            }
        }
    }

    private static Optional<LocalDate> itemDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element inner && localName(inner).equals(name)) {
                    Optional<LocalDate> date = PublicationDates.parseLenient(inner.getTextContent());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String oneLine(String message) {
        String line = message == null ? "no detail" : message.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
