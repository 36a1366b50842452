package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dateline.corpus.ArticleFacts.EventFact;
import org.dateline.corpus.ArticleFacts.Participant;
import org.dateline.model.Event;

/**
 * The corpus timeline: every dated event of every article, the same happening reported by several articles merged
 * into one entry with several sources.
 *
 * <h2>The same happening</h2>
 * Two events are one when they have the same type, the same actors (as dossiers, so "U.S. air force" and "US air
 * force" in two articles are one actor), the same date value, and agree on negation. Events without actors are
 * matched on their targets instead; events with neither are never merged. Modality does not split a happening:
 * the preview's planned visit and the report's visit are one, shown with its most factual modality.
 *
 * <h2>Dates, shown honestly</h2>
 * Dates stay as the articles give them: a day, a range ("2015-12-10/2015-12-11"), a month ("2014-09") or a year
 * ("2014"), with their {@link DateSpan.Precision}; the timeline is ordered by first day, then last day (so a day
 * comes before the month that contains it), then type. <b>Undated events are not on the timeline</b>, nor events
 * whose year stayed unknown: a timeline has no honest place for them, and they remain in their articles' facts.
 */
public final class TimelineBuilder {

    private TimelineBuilder() {
    }

    /**
     * The timeline of a corpus.
     *
     * @param articles the articles, with their resolved dates ({@link ResolvedDate#applyTo}) so that events whose
     *                 year came from their story are dated
     * @param dossiers the corpus's dossiers, which tell when two articles' actors are one
     * @param stories  the corpus's stories, which each entry lists
     */
    public static List<TimelineEntry> build(List<ArticleFacts> articles, List<Dossier> dossiers, List<Story> stories) {
        Map<EntityRef, Dossier> dossierOf = new HashMap<>();
        for (Dossier d : dossiers) {
            for (EntityRef r : d.members()) {
                dossierOf.put(r, d);
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories) {
            for (String id : s.articleIds()) {
                storyOf.put(id, s.id());
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ArticleFacts a : EntityResolver.sortedById(articles)) {
            for (EventFact e : a.events()) {
                Optional<DateSpan> span = DateSpan.parse(e.date());
                if (span.isEmpty()) {
                    continue;
                }
                List<TimelineEntry.Party> actors = parties(a.id(), e.actors(), dossierOf);
                List<TimelineEntry.Party> targets = parties(a.id(), e.targets(), dossierOf);
                String who = !actors.isEmpty() ? "a:" + keys(actors) : !targets.isEmpty() ? "t:" + keys(targets) : "e:" + a.id() + "#" + e.id();
                String key = e.type() + "|" + e.negated() + "|" + e.date() + "|" + who;
                groups.computeIfAbsent(key, k -> new Group(e, span.get(), actors)).add(a, e, targets, storyOf.get(a.id()));
            }
        }
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing(Group::order));
        List<TimelineEntry> out = new ArrayList<>(ordered.size());
        for (Group g : ordered) {
            out.add(g.entry("t" + (out.size() + 1)));
        }
        return out;
    }

    /** The entries the filter keeps, in timeline order. */
    public static List<TimelineEntry> filter(List<TimelineEntry> timeline, TimelineFilter filter) {
        return timeline.stream().filter(filter::test).toList();
    }

    private static List<TimelineEntry.Party> parties(String articleId, List<Participant> ps, Map<EntityRef, Dossier> dossierOf) {
        List<TimelineEntry.Party> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            Dossier d = p.entityId() == null ? null : dossierOf.get(new EntityRef(articleId, p.entityId()));
            TimelineEntry.Party party = d == null ? new TimelineEntry.Party(null, p.name()) : new TimelineEntry.Party(d.id(), d.name());
            if (!out.contains(party)) {
                out.add(party);
            }
        }
        return out;
    }

    private static String keys(List<TimelineEntry.Party> parties) {
        TreeSet<String> keys = new TreeSet<>();
        for (TimelineEntry.Party p : parties) {
            keys.add(p.dossierId() != null ? p.dossierId() : "name:" + Names.normalize(p.name()));
        }
        return String.join(",", keys);
    }

    private static final class Group {
        final EventFact first;
        final DateSpan span;
        final List<TimelineEntry.Party> actors;
        final List<TimelineEntry.Party> targets = new ArrayList<>();
        final List<TimelineEntry.Source> sources = new ArrayList<>();
        final TreeSet<String> stories = new TreeSet<>();
        String place;
        Event.Modality modality;
        private String order;

        Group(EventFact first, DateSpan span, List<TimelineEntry.Party> actors) {
            this.first = first;
            this.span = span;
            this.actors = actors;
        }

        /** First day, last day, type, first actor, first source: one string, compared once per comparison. */
        String order() {
            if (order == null) {
                order = String.join("\u0000", span.start(), span.end(), Character.toString('A' + first.type().ordinal()),
                        actors.isEmpty() ? "" : actors.get(0).name(), sources.get(0).articleId(), sources.get(0).eventId());
            }
            return order;
        }

        Group add(ArticleFacts a, EventFact e, List<TimelineEntry.Party> targets, String story) {
            for (TimelineEntry.Party t : targets) {
                if (!this.targets.contains(t)) {
                    this.targets.add(t);
                }
            }
            sources.add(new TimelineEntry.Source(a.id(), e.id(), e.evidence(), e.modality()));
            if (story != null) {
                stories.add(story);
            }
            if (place == null && e.place() != null) {
                place = e.place().name();
            }
            if (modality == null || (e.modality() != null && factual(e.modality()) < factual(modality))) {
                modality = e.modality();
            }
            return this;
        }

        private static int factual(Event.Modality m) {
            return switch (m) {
                case PAST -> 0;
                case ONGOING -> 1;
                case PLANNED -> 2;
            };
        }

        TimelineEntry entry(String id) {
            return new TimelineEntry(id, first.date(), span.precision(), span.start(), span.end(), first.type(), actors,
                    targets, place, first.negated(), modality, sources, new ArrayList<>(stories));
        }
    }
}
