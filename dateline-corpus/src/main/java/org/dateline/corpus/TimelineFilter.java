package org.dateline.corpus;

/**
 * Which timeline entries to keep; every null criterion keeps everything.
 *
 * @param dossierId keep entries with this dossier among their actors or targets
 * @param storyId   keep entries reported by an article of this story
 * @param from      keep entries whose span reaches this day or later: a TIMEX3 date, possibly partial
 *                  ("2014-09" is from September 1st)
 * @param to        keep entries whose span starts on or before this day ("2014-10" is to October 31st)
 */
public record TimelineFilter(String dossierId, String storyId, String from, String to) {

    public static final TimelineFilter ALL = new TimelineFilter(null, null, null, null);

    public TimelineFilter {
        if (from != null && DateSpan.parse(from).isEmpty()) {
            throw new IllegalArgumentException("not a date: from " + from);
        }
        if (to != null && DateSpan.parse(to).isEmpty()) {
            throw new IllegalArgumentException("not a date: to " + to);
        }
    }

    public static TimelineFilter dossier(String dossierId) {
        return new TimelineFilter(dossierId, null, null, null);
    }

    public static TimelineFilter story(String storyId) {
        return new TimelineFilter(null, storyId, null, null);
    }

    public static TimelineFilter between(String from, String to) {
        return new TimelineFilter(null, null, from, to);
    }

    /**
     * True when the entry meets every criterion. Dates compare on spans, inclusive: an entry is kept when it
     * shares at least one day with [from, to], so "2014" (a year) is kept for September 2014, and its
     * precision says how loosely it is placed there.
     */
    public boolean test(TimelineEntry e) {
        if (dossierId != null && e.actors().stream().noneMatch(p -> dossierId.equals(p.dossierId()))
                && e.targets().stream().noneMatch(p -> dossierId.equals(p.dossierId()))) {
            return false;
        }
        if (storyId != null && !e.storyIds().contains(storyId)) {
            return false;
        }
        String lo = from == null ? null : DateSpan.parse(from).orElseThrow().start();
        String hi = to == null ? null : DateSpan.parse(to).orElseThrow().end();
        return (lo == null || e.end().compareTo(lo) >= 0) && (hi == null || e.start().compareTo(hi) <= 0);
    }
}
