package org.dateline.corpus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Anchor;
import org.dateline.model.DocumentDate;

/**
 * Cross-article time anchoring: an article whose own text does not fix its year takes it from its story.
 *
 * <p>A preview datelined "MOSCOW, December 9" announcing a visit on "10-11 December" says nothing of its year
 * ({@code XXXX-12-09}); the report datelined "ROME, 11 December", in the same story, is from 2015. The preview
 * is then 2015-12-09, and says so: {@code year 2015 from story s1: 'Lavrov on joining ...' (2015-12-11, article
 * 000_962b241333455358, 2 days apart)}.
 *
 * <h2>Rule</h2>
 * How sure a year is: metadata or a dateline that writes it (certain) &gt; inferred from the article's own past
 * dates &gt; lent by a related article at extraction &gt; unknown ({@code XXXX}). An article whose year is not
 * certain takes the year of the story's best dated <em>other</em> article when that one is surer than its own:
 * the surest, then the one nearest in day and month, then the latest. Of that year and the ones either side, the
 * one putting the article's day and month nearest to the anchor's date wins (a "December 30" next to "January 2,
 * 2016" is 2015-12-30). An article with no date at all, or whose story has nothing surer, keeps its own.
 *
 * <p>With the new year, the article's other dates follow: the dateline's; every event date and time expression
 * with an unknown year ({@code XXXX-12-10/XXXX-12-11}), each with the year putting it nearest the new document
 * date; and, when a year the article had inferred is replaced by a different one, the time expressions it had
 * resolved against its document date move by the same number of years, and events dated by them with them.
 */
public final class CorpusYears {

    private static final Pattern OPEN_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private CorpusYears() {
    }

    /** The resolved document date of every article, in article id order. */
    public static List<ResolvedDate> resolve(List<ArticleFacts> articles, List<Story> stories) {
        List<ArticleFacts> sorted = EntityResolver.sortedById(articles);
        Map<String, ArticleFacts> byId = new HashMap<>();
        Map<String, ArticleDate> dates = new HashMap<>();
        for (ArticleFacts a : sorted) {
            byId.put(a.id(), a);
            dates.put(a.id(), ArticleDate.of(a));
        }
        Map<String, Story> storyOf = new HashMap<>();
        Map<String, List<String>> anchorsOf = new HashMap<>();
        for (Story s : stories) {
            int strongest = ArticleDate.NONE;
            for (String id : s.articleIds()) {
                storyOf.put(id, s);
                ArticleDate d = dates.get(id);
                if (d != null && d.hasYear()) {
                    strongest = Math.max(strongest, d.strength());
                }
            }
            List<String> anchors = new ArrayList<>();
            for (String id : s.articleIds()) {
                ArticleDate d = dates.get(id);
                if (d != null && d.hasYear() && d.strength() == strongest) {
                    anchors.add(id);
                }
            }
            anchorsOf.put(s.id(), anchors);
        }
        List<ResolvedDate> out = new ArrayList<>(sorted.size());
        for (ArticleFacts a : sorted) {
            Story story = storyOf.get(a.id());
            out.add(resolve(a, story, story == null ? List.of() : anchorsOf.get(story.id()), byId, dates));
        }
        return out;
    }

    /** The best anchor among the story's surest articles: nearest in day and month, then the latest, then by id. */
    private static String anchor(String self, ArticleDate own, List<String> anchors, Map<String, ArticleDate> dates) {
        String best = null;
        int bestApart = Integer.MAX_VALUE;
        for (String id : anchors) {
            ArticleDate d = dates.get(id);
            if (id.equals(self) || d.strength() <= own.strength()) {
                continue;
            }
            int apart = d.daysApart(own);
            int c = best == null ? -1 : Integer.compare(apart, bestApart);
            if (c == 0) {
                c = -d.date().compareTo(dates.get(best).date());
                if (c == 0) {
                    c = id.compareTo(best);
                }
            }
            if (c < 0) {
                best = id;
                bestApart = apart;
            }
        }
        return best;
    }

    private static ResolvedDate resolve(ArticleFacts a, Story story, List<String> anchors, Map<String, ArticleFacts> byId,
                                        Map<String, ArticleDate> dates) {
        ArticleFacts.DocDate own = a.documentDate();
        String storyId = story == null ? null : story.id();
        ArticleDate self = dates.get(a.id());
        ResolvedDate unchanged = new ResolvedDate(a.id(), own.value(), own.source(), own.explanation(), storyId, null, List.of());
        if (self.strength() == ArticleDate.CERTAIN || self.undated() || story == null) {
            return unchanged;
        }
        String anchorId = anchor(a.id(), self, anchors, dates);
        if (anchorId == null) {
            if (!self.hasYear()) {
                return new ResolvedDate(a.id(), own.value(), own.source(), own.explanation() + "; its story " + storyId
                        + " has no article whose year is known", storyId, null, List.of());
            }
            return unchanged;
        }
        ArticleDate anchor = dates.get(anchorId);
        LocalDate date = nearest(self.monthDay(), anchor.date());
        long apart = Math.abs(ChronoUnit.DAYS.between(date, anchor.date()));
        if (self.hasYear() && self.date().equals(date)) {
            return new ResolvedDate(a.id(), own.value(), own.source(), own.explanation() + "; its story " + storyId
                    + " agrees (article " + anchorId + ", " + anchor.date() + ")", storyId, null, List.of());
        }
        ArticleFacts anchorArticle = byId.get(anchorId);
        String explanation = "year " + date.getYear() + " from story " + storyId + ": '" + anchorArticle.title() + "' ("
                + anchor.date() + ", article " + anchorId + ", " + apart + (apart == 1 ? " day" : " days") + " apart)"
                + (self.hasYear() ? "; replaces the year " + self.date().getYear() + " inferred from the article's own text" : "");
        List<ResolvedDate.Rewrite> rewrites = rewrites(a, self, date);
        return new ResolvedDate(a.id(), date.toString(), DocumentDate.Source.RELATED_ARTICLE, explanation, storyId, anchorId, rewrites);
    }

    /** The date with this day and month nearest to {@code to}, in its year or the one either side. */
    static LocalDate nearest(MonthDay day, LocalDate to) {
        LocalDate best = null;
        for (int year = to.getYear() - 1; year <= to.getYear() + 1; year++) {
            LocalDate candidate = day.atYear(year);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, to)) < Math.abs(ChronoUnit.DAYS.between(best, to))) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<ResolvedDate.Rewrite> rewrites(ArticleFacts a, ArticleDate self, LocalDate date) {
        List<ResolvedDate.Rewrite> out = new ArrayList<>();
        String oldValue = a.documentDate().value();
        out.add(new ResolvedDate.Rewrite(ResolvedDate.Rewrite.DOCUMENT_DATE, null, oldValue, date.toString()));
        if (a.dateline() != null && a.dateline().date() != null) {
            String d = a.dateline().date();
            String to = d.equals(oldValue) ? date.toString() : fillYears(d, date);
            if (!to.equals(d)) {
                out.add(new ResolvedDate.Rewrite(ResolvedDate.Rewrite.DATELINE, null, d, to));
            }
        }
        int shift = self.hasYear() ? date.getYear() - self.date().getYear() : 0;
        Map<String, String> shifted = new HashMap<>();
        for (int i = 0; i < a.timexes().size(); i++) {
            ArticleFacts.TimexFact t = a.timexes().get(i);
            if (t.value() == null) {
                continue;
            }
            String to = fillYears(t.value(), date);
            if (shift != 0 && to.equals(t.value()) && t.anchor() == Anchor.Kind.DOCUMENT_DATE) {
                to = shiftYears(t.value(), shift);
            }
            if (!to.equals(t.value())) {
                out.add(new ResolvedDate.Rewrite(ResolvedDate.Rewrite.TIMEX, Integer.toString(i), t.value(), to));
                shifted.put(t.value(), to);
            }
        }
        for (ArticleFacts.EventFact e : a.events()) {
            if (e.date() == null) {
                continue;
            }
            String to = fillYears(e.date(), date);
            if (shift != 0 && to.equals(e.date()) && shifted.containsKey(e.date())) {
                to = shifted.get(e.date());
            }
            if (!to.equals(e.date())) {
                out.add(new ResolvedDate.Rewrite(ResolvedDate.Rewrite.EVENT, e.id(), e.date(), to));
            }
        }
        return out;
    }

    /**
     * Fills every unknown year of a TIMEX3 value ("XXXX-12-10/XXXX-12-11") with the year that puts that day
     * nearest to {@code near}; a range's end takes the year that puts it on or after its start.
     */
    static String fillYears(String value, LocalDate near) {
        if (!value.contains("XXXX")) {
            return value;
        }
        String[] parts = value.split("/", -1);
        LocalDate previous = null;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = OPEN_DAY.matcher(parts[i]);
            if (m.matches()) {
                MonthDay md;
                try {
                    md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                } catch (java.time.DateTimeException e) {
                    continue;
                }
                LocalDate d = previous == null ? nearest(md, near) : md.atYear(previous.getYear());
                if (previous != null && d.isBefore(previous)) {
                    d = md.atYear(previous.getYear() + 1);
                }
                parts[i] = d.toString();
                previous = d;
            } else if (parts[i].startsWith("XXXX")) {
                parts[i] = near.getYear() + parts[i].substring(4); // "XXXX-12": a month of the document's year
            } else {
                previous = DateSpan.parse(parts[i]).map(DateSpan::endDate).orElse(previous);
            }
        }
        return String.join("/", parts);
    }

    /** Moves every year of a TIMEX3 value by {@code years}. */
    static String shiftYears(String value, int years) {
        Matcher m = YEAR.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group(1)) + years));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
