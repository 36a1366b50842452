package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.corpus.ArticleFacts.Alias;
import org.dateline.corpus.ArticleFacts.DatelineFact;
import org.dateline.corpus.ArticleFacts.DocDate;
import org.dateline.corpus.ArticleFacts.EntityFact;
import org.dateline.corpus.ArticleFacts.EventFact;
import org.dateline.corpus.ArticleFacts.Participant;
import org.dateline.corpus.ArticleFacts.QuoteFact;
import org.dateline.corpus.ArticleFacts.TimexFact;
import org.dateline.model.Anchor;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.MentionKind;
import org.dateline.model.TimexType;

/** Hand-made article facts, written the way the extractor would give them. */
final class Facts {

    private final String id;
    private final String title;
    private DocDate date = DocDate.UNKNOWN;
    private DatelineFact dateline;
    private String lead = "";
    private String published;
    private final List<EntityFact> entities = new ArrayList<>();
    private final List<QuoteFact> quotes = new ArrayList<>();
    private final List<EventFact> events = new ArrayList<>();
    private final List<TimexFact> timexes = new ArrayList<>();

    private Facts(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static Facts article(String id, String title) {
        return new Facts(id, title);
    }

    Facts date(String value, DocumentDate.Source source) {
        date = new DocDate(value, source, source.name().toLowerCase() + " " + value);
        return this;
    }

    Facts published(String value) {
        published = value;
        return date(value, DocumentDate.Source.METADATA);
    }

    Facts dateline(String place, String value) {
        dateline = new DatelineFact(place, null, value);
        return this;
    }

    Facts dateline(String place, String agency, String value) {
        dateline = new DatelineFact(place, agency, value);
        return this;
    }

    Facts lead(String text) {
        lead = text;
        return this;
    }

    /** An entity; aliases are read as the extractor writes them: "the ..." and lower case are descriptions,
     *  upper case words acronyms, "~Moscow" a metonym, "^Italian" a demonym, anything else a name. */
    Facts entity(String entityId, EntityType type, String name, int mentions, boolean inLead, String... aliases) {
        List<Alias> list = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (String a : aliases) {
            if (a.startsWith("role:")) {
                roles.add(a.substring(5));
                list.add(Alias.nominal(a.substring(5)));
            } else if (a.startsWith("~")) {
                list.add(new Alias(a.substring(1), MentionKind.METONYM));
            } else if (a.startsWith("^")) {
                list.add(new Alias(a.substring(1), MentionKind.DEMONYM));
            } else if (a.startsWith("the ") || Character.isLowerCase(a.charAt(0)) && !a.equals("is")) {
                list.add(Alias.nominal(a));
            } else if (a.equals("is") || Names.isUpperAcronym(a) && !a.contains(" ")) {
                list.add(Alias.acronym(a));
            } else {
                list.add(Alias.name(a));
            }
        }
        entities.add(new EntityFact(entityId, type, name, list, roles, mentions, inLead));
        return this;
    }

    Facts person(String entityId, String name, String... aliases) {
        return entity(entityId, EntityType.PERSON, name, 1 + aliases.length, false, aliases);
    }

    Facts org(String entityId, String name, String... aliases) {
        return entity(entityId, EntityType.ORGANIZATION, name, 1 + aliases.length, false, aliases);
    }

    Facts place(String entityId, String name, String... aliases) {
        return entity(entityId, EntityType.LOCATION, name, 1 + aliases.length, false, aliases);
    }

    Facts quote(String speakerId, String speakerName, boolean direct, int start, String text) {
        quotes.add(new QuoteFact(text, direct, speakerId, speakerName, start, start + text.length(), List.of()));
        return this;
    }

    /** An event; participants are "e1:Sergey Lavrov" (or a bare name for no entity). */
    Facts event(String eventId, EventType type, List<String> actors, List<String> targets, String date, Event.Modality modality,
                boolean negated, String evidence) {
        events.add(new EventFact(eventId, type, participants(actors), participants(targets), date, null, negated, modality, evidence));
        return this;
    }

    Facts event(String eventId, EventType type, String actor, String target, String date, String evidence) {
        return event(eventId, type, List.of(actor), target == null ? List.of() : List.of(target), date, Event.Modality.PAST, false, evidence);
    }

    Facts timex(String text, String value, Anchor.Kind anchor) {
        timexes.add(new TimexFact(text, value, TimexType.DATE, anchor));
        return this;
    }

    ArticleFacts build() {
        return new ArticleFacts(id, title, "test", null, published, date, dateline, lead, entities, quotes, events, timexes);
    }

    static List<String> of(String... participants) {
        return Arrays.asList(participants);
    }

    private static List<Participant> participants(List<String> specs) {
        List<Participant> out = new ArrayList<>();
        for (String s : specs) {
            int colon = s.indexOf(':');
            out.add(colon < 0 ? new Participant(null, s) : new Participant(s.substring(0, colon), s.substring(colon + 1)));
        }
        return out;
    }
}
