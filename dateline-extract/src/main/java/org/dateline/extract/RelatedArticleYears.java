package org.dateline.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.time.MonthDays;
import org.dateline.extract.time.YearEvidence;
import org.dateline.model.DocumentDate;

/**
 * Lends a year between related articles of one batch whose datelines leave it out.
 *
 * <p>A preview datelined "December 9" and the report datelined "11 December" about the same visit share
 * their year, though only the report's text bounds it (it cites "29 December 2014" as past). Two articles
 * are related when their datelines fall within {@value #MAX_DAYS_APART} days of each other and they name
 * at least {@value #MIN_SHARED_NAMES} of the same people or organizations (news agencies aside). Within a group of related articles, an article with
 * a written or published date wins; otherwise the most constrained inference (the latest inferred date)
 * is the group's anchor, and every other article takes the year that puts its dateline nearest to it.
 * Story threading across a corpus (issue: corpus) will replace the name overlap with real story links.
 */
final class RelatedArticleYears {

    static final int MAX_DAYS_APART = 14;
    static final int MIN_SHARED_NAMES = 2;

    /** The document date of each article, in the same order; unchanged where nothing related applies. */
    List<DocumentDate> lend(List<Extractor.Analysis> batch) {
        List<DocumentDate> out = new ArrayList<>(batch.size());
        List<Set<String>> names = new ArrayList<>(batch.size());
        for (Extractor.Analysis a : batch) {
            out.add(a.time().documentDate());
            names.add(batch.size() > 1 && isOpen(a) ? names(a) : Set.of());
        }
        if (batch.size() < 2 || batch.stream().noneMatch(RelatedArticleYears::isOpen)) {
            return out;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!isOpen(batch.get(i))) {
                continue;
            }
            Extractor.Analysis anchor = bestRelated(batch, names, i);
            if (anchor != null) {
                DocumentDate borrowed = borrow(batch.get(i), anchor);
                if (!Objects.equals(borrowed.value(), out.get(i).value())) {
                    out.set(i, borrowed);
                }
            }
        }
        return out;
    }

    /** An article whose year its own text did not fix for certain. */
    private static boolean isOpen(Extractor.Analysis a) {
        DocumentDate.Source s = a.time().documentDate().source();
        return (s == DocumentDate.Source.DATELINE_INFERRED_YEAR || s == DocumentDate.Source.DATELINE_WITHOUT_YEAR)
                && a.time().evidence().datelineDay() != null;
    }

    /** The related article whose date is best established: a written date, else the latest inferred one. */
    private Extractor.Analysis bestRelated(List<Extractor.Analysis> batch, List<Set<String>> names, int i) {
        Extractor.Analysis self = batch.get(i);
        MonthDay day = self.time().evidence().datelineDay();
        Extractor.Analysis best = null;
        for (int j = 0; j < batch.size(); j++) {
            Extractor.Analysis other = batch.get(j);
            DocumentDate date = other.time().documentDate();
            if (j == i || !date.isComplete() || MonthDays.apart(day, MonthDay.from(date.date())) > MAX_DAYS_APART) {
                continue;
            }
            Set<String> otherNames = names.get(j).isEmpty() ? names(other) : names.get(j);
            if (shared(names.get(i), otherNames) < MIN_SHARED_NAMES) {
                continue;
            }
            if (best == null || strength(other) > strength(best)
                    || (strength(other) == strength(best) && date.date().isAfter(best.time().documentDate().date()))) {
                best = other;
            }
        }
        if (best == null) {
            return null;
        }
        DocumentDate own = self.time().documentDate();
        LocalDate ownDate = own.isComplete() ? own.date() : LocalDate.MIN;
        if (isOpen(best) && !best.time().documentDate().date().isAfter(ownDate)) {
            return null; // an inference no later than this article's own constrains nothing more
        }
        return best;
    }

    private static int strength(Extractor.Analysis a) {
        return isOpen(a) ? 0 : 1;
    }

    private static DocumentDate borrow(Extractor.Analysis self, Extractor.Analysis anchor) {
        LocalDate to = anchor.time().documentDate().date();
        MonthDay day = self.time().evidence().datelineDay();
        LocalDate best = null;
        for (int year = to.getYear() - 1; year <= to.getYear() + 1; year++) {
            LocalDate candidate = day.atYear(year);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, to)) < Math.abs(ChronoUnit.DAYS.between(best, to))) {
                best = candidate;
            }
        }
        YearEvidence own = self.time().evidence();
        if (own.latestPastDate() != null && best.isBefore(own.latestPastDate())) {
            return self.time().documentDate(); // the related article's year contradicts this one's own past dates
        }
        return DocumentDate.of(best, DocumentDate.Source.RELATED_ARTICLE,
                "dateline without a year; the year comes from the related article " + anchor.article().id()
                        + " (" + to + ", " + anchor.time().documentDate().source().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + ") which shares its names and is datelined " + Math.abs(ChronoUnit.DAYS.between(best, to)) + " days apart");
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The people and organizations an article names, by canonical name: what makes two articles one story.
     * Places are left out (two stories in one capital are not one story), and so are news agencies, which every
     * wire story names.
     */
    private static Set<String> names(Extractor.Analysis a) {
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                    && !AGENCIES.contains(e.name().toLowerCase(Locale.ROOT))) {
                out.add(e.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static final Set<String> AGENCIES = Set.of("tass", "reuters", "associated press", "ap", "afp",
            "agence france-presse", "xinhua", "ria novosti", "interfax", "bloomberg", "dpa", "efe", "ansa", "upi",
            "anadolu", "kyodo", "yonhap", "pti", "bbc", "cnn");
}
