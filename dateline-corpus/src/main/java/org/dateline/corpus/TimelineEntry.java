package org.dateline.corpus;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * One happening on the corpus timeline, with every article that reports it.
 *
 * @param id        "t1", "t2", ... in timeline order
 * @param date      the TIMEX3 value as the articles give it ("2014-09-19", "2015-12-10/2015-12-11", "2014-09", "2014")
 * @param precision how precisely that names its days: DAY, MONTH, YEAR or RANGE (draw a month as a month)
 * @param start     its first day, ISO: the timeline is ordered by it
 * @param end       its last day, ISO, inclusive
 * @param type      what kind of happening
 * @param actors    who did it, as dossiers
 * @param targets   to whom or what, as dossiers, from every source
 * @param place     where, or null
 * @param negated   the sources say it did not or will not happen ("is not about to join")
 * @param modality  the most factual report of it: past over ongoing over planned (a preview plans what a report
 *                  says happened)
 * @param sources   every article that reports it, with its words
 * @param storyIds  the stories of those articles
 */
public record TimelineEntry(String id, String date, DateSpan.Precision precision, String start, String end, EventType type,
                            List<Party> actors, List<Party> targets, String place, boolean negated, Event.Modality modality,
                            List<Source> sources, List<String> storyIds) {

    public TimelineEntry {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
        storyIds = List.copyOf(storyIds);
    }

    /**
     * A participant of a happening.
     *
     * @param dossierId its dossier, or null when the article linked the name to no entity
     * @param name      the dossier's canonical name (or the name as the article gives it)
     */
    public record Party(String dossierId, String name) {
    }

    /**
     * One article's report of a happening.
     *
     * @param articleId the article
     * @param eventId   its event ("v3")
     * @param evidence  the words it was read from
     * @param modality  how that article reports it (past, ongoing, planned)
     */
    public record Source(String articleId, String eventId, String evidence, Event.Modality modality) {
    }
}
