package org.dateline.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.DocumentDate;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Paragraph;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;

/**
 * What one article contributes to the corpus: its identity, dates, entities, quotes, events and time expressions,
 * without its text, tokens or offsets of every mention. Built once per article with {@link #of(Extraction)} and
 * kept by the store; every analysis across articles reads only these.
 *
 * <p>Plain data for Jackson databind: records, lists, strings, numbers, booleans and the model's enums, no
 * cycles, dates as ISO strings (no jsr310 module needed), no {@code get}/{@code is} methods that would add
 * properties. Lists are never null (null becomes empty); optional values are null.
 *
 * @param id           the article's stable id
 * @param title        its headline, never null
 * @param source       where it was read from, or null
 * @param url          its address, or null
 * @param published    publication date from metadata, ISO ("2015-12-11"), or null
 * @param documentDate the date the extractor resolved its relative dates against, and how it found it
 * @param dateline     the dateline's place and date, or null when the article has none
 * @param lead         the first paragraph of the body (at most {@value #LEAD_CHARS} characters), "" when none
 * @param entities     the article's entities, in the extractor's order
 * @param quotes       who said what, in text order
 * @param events       who did what to whom, in the extractor's order
 * @param timexes      every time expression with its TIMEX3 value, title first, then the body in text order
 */
public record ArticleFacts(String id, String title, String source, String url, String published,
                           DocDate documentDate, DatelineFact dateline, String lead,
                           List<EntityFact> entities, List<QuoteFact> quotes, List<EventFact> events,
                           List<TimexFact> timexes) {

    /** The longest lead kept, in characters: enough for a story's keywords, short enough to keep 10,000 articles in memory. */
    public static final int LEAD_CHARS = 600;

    public ArticleFacts {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        title = title == null ? "" : title;
        lead = lead == null ? "" : lead;
        documentDate = documentDate == null ? DocDate.UNKNOWN : documentDate;
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        events = events == null ? List.of() : List.copyOf(events);
        timexes = timexes == null ? List.of() : List.copyOf(timexes);
    }

    /** The facts of one extraction. */
    public static ArticleFacts of(Extraction x) {
        Article a = x.article();
        DocumentDate dd = x.documentDate() == null ? DocumentDate.UNKNOWN : x.documentDate();
        DatelineFact dateline = x.datelineIfAny().map(d -> new DatelineFact(d.place(), d.agency(), d.date())).orElse(null);
        int leadEnd = -1;
        String lead = "";
        for (Paragraph p : x.paragraphs()) {
            if (p.span().field() == Field.BODY && !p.span().isEmpty()) {
                leadEnd = p.span().end();
                lead = clip(text(a, p.span()), LEAD_CHARS);
                break;
            }
        }
        List<EntityFact> entities = new ArrayList<>(x.entities().size());
        for (Entity e : x.entities()) {
            entities.add(entity(e, leadEnd));
        }
        List<QuoteFact> quotes = new ArrayList<>(x.quotes().size());
        for (Quote q : x.quotes()) {
            Quote.Speaker s = q.speaker();
            quotes.add(new QuoteFact(q.text(), q.direct(), s == null ? null : s.entityId(), s == null ? null : s.name(),
                    q.span().start(), q.span().end(), q.entityIds()));
        }
        List<EventFact> events = new ArrayList<>(x.events().size());
        for (Event v : x.events()) {
            List<String> evidence = new ArrayList<>(v.evidence().size());
            for (Span s : v.evidence()) {
                String t = text(a, s);
                if (!t.isEmpty() && !evidence.contains(t)) {
                    evidence.add(t);
                }
            }
            events.add(new EventFact(v.id(), v.type(), participants(v.actors()), participants(v.targets()), v.time(),
                    v.place() == null ? null : new Participant(v.place().entityId(), v.place().name()),
                    v.negated(), v.modality(), String.join(" … ", evidence)));
        }
        List<TimexFact> timexes = new ArrayList<>(x.timexes().size());
        for (TimeExpression t : x.timexes()) {
            timexes.add(new TimexFact(t.text(), t.value(), t.type(), t.anchor() == null ? null : t.anchor().kind()));
        }
        return new ArticleFacts(a.id(), a.title(), a.source(), a.url(), a.published() == null ? null : a.published().toString(),
                new DocDate(dd.value(), dd.source(), dd.explanation()), dateline, lead, entities, quotes, events, timexes);
    }

    /** The entity with this id, or null. */
    public EntityFact entity(String entityId) {
        for (EntityFact e : entities) {
            if (e.id().equals(entityId)) {
                return e;
            }
        }
        return null;
    }

    /** A copy with other dates: the document date, the dateline's date, event dates and timex values. */
    ArticleFacts withDates(DocDate date, DatelineFact dateline, List<EventFact> events, List<TimexFact> timexes) {
        return new ArticleFacts(id, title, source, url, published, date, dateline, lead, entities, quotes, events, timexes);
    }

    private static EntityFact entity(Entity e, int leadEnd) {
        Map<String, MentionKind> kinds = new HashMap<>();
        Map<String, MentionKind> folded = new HashMap<>();
        boolean inLead = false;
        for (Mention m : e.mentions()) {
            kinds.merge(m.text(), m.kind(), ArticleFacts::stronger);
            folded.merge(m.text().toLowerCase(Locale.ROOT), m.kind(), ArticleFacts::stronger);
            Span s = m.span();
            if (s != null && (s.field() == Field.TITLE || s.start() < leadEnd)) {
                inLead = true;
            }
        }
        List<Alias> aliases = new ArrayList<>(e.aliases().size());
        for (String alias : e.aliases()) {
            MentionKind kind = kinds.get(alias);
            if (kind == null) {
                kind = folded.get(alias.toLowerCase(Locale.ROOT));
            }
            aliases.add(new Alias(alias, kind == null ? guessKind(alias) : kind));
        }
        return new EntityFact(e.id(), e.type(), e.name(), aliases, e.roles(), e.mentions().size(), inLead);
    }

    /** An alias no mention writes (a normalized form): a name when capitalized, else a description. */
    private static MentionKind guessKind(String alias) {
        if (alias.isEmpty() || alias.toLowerCase(Locale.ROOT).startsWith("the ") || !Character.isUpperCase(alias.charAt(0))) {
            return MentionKind.NOMINAL;
        }
        return Names.looksLikeAcronym(alias) ? MentionKind.ACRONYM : MentionKind.NAME;
    }

    private static final Map<MentionKind, Integer> STRENGTH = new EnumMap<>(Map.of(
            MentionKind.NAME, 0, MentionKind.ACRONYM, 1, MentionKind.METONYM, 2, MentionKind.DEMONYM, 3,
            MentionKind.NOMINAL, 4, MentionKind.PRONOUN, 5));

    private static MentionKind stronger(MentionKind a, MentionKind b) {
        return STRENGTH.get(a) <= STRENGTH.get(b) ? a : b;
    }

    private static List<Participant> participants(List<Event.Argument> args) {
        List<Participant> out = new ArrayList<>(args.size());
        for (Event.Argument g : args) {
            out.add(new Participant(g.entityId(), g.name()));
        }
        return out;
    }

    private static String text(Article a, Span s) {
        String field = s.field().of(a);
        return s.end() <= field.length() ? field.substring(s.start(), s.end()).strip() : "";
    }

    private static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max);
    }

    /**
     * The article's document date.
     *
     * @param value       TIMEX3 value: "2015-12-11", "XXXX-12-09" when the year is unknown, or null
     * @param source      how it was found
     * @param explanation one sentence a reader can check
     */
    public record DocDate(String value, DocumentDate.Source source, String explanation) {
        public static final DocDate UNKNOWN = new DocDate(null, DocumentDate.Source.UNKNOWN, "no date");

        public DocDate {
            source = source == null ? DocumentDate.Source.UNKNOWN : source;
        }
    }

    /**
     * The dateline's place, agency and date.
     *
     * @param place  the place ("Rome"), or null
     * @param agency the news agency it names ("Reuters", "TASS"), or null
     * @param date   TIMEX3 value ("2015-12-11", "XXXX-12-09"), or null
     */
    public record DatelineFact(String place, String agency, String date) {
        DatelineFact withDate(String value) {
            return new DatelineFact(place, agency, value);
        }
    }

    /**
     * A way the article writes an entity's name, and how it refers with it.
     *
     * @param text the words ("Lavrov", "ISIS", "the Minister")
     * @param kind NAME, ACRONYM, ... (only names and acronyms identify an entity across articles)
     */
    public record Alias(String text, MentionKind kind) {
        public static Alias name(String text) {
            return new Alias(text, MentionKind.NAME);
        }

        public static Alias acronym(String text) {
            return new Alias(text, MentionKind.ACRONYM);
        }

        public static Alias nominal(String text) {
            return new Alias(text, MentionKind.NOMINAL);
        }
    }

    /**
     * One entity of the article.
     *
     * @param id       its id within the article ("e1")
     * @param type     PERSON, ORGANIZATION, LOCATION, NORP or MISC
     * @param name     its canonical name in this article ("Sergey Lavrov")
     * @param aliases  every other way the article refers to it, with the kind of reference
     * @param roles    roles the article gives it
     * @param mentions how many times the article refers to it (names, titles, pronouns)
     * @param inLead   named in the title or the first paragraph, where news says what the story is about
     */
    public record EntityFact(String id, EntityType type, String name, List<Alias> aliases, List<String> roles,
                             int mentions, boolean inLead) {
        public EntityFact {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * A quote.
     *
     * @param text        the quoted or reported words
     * @param direct      true inside quotation marks, false for reported speech
     * @param speakerId   the speaker's entity id in this article, or null when the article does not say
     * @param speakerName the speaker's canonical name, or null
     * @param start       where the words start in the body (UTF-16 offset)
     * @param end         where they end (exclusive)
     * @param about       the entities the quote mentions, by id, in order of first mention
     */
    public record QuoteFact(String text, boolean direct, String speakerId, String speakerName, int start, int end,
                            List<String> about) {
        public QuoteFact {
            about = about == null ? List.of() : List.copyOf(about);
        }
    }

    /**
     * An entity taking part in an event.
     *
     * @param entityId its id in the article, or null when the extractor linked it to no entity
     * @param name     its canonical name
     */
    public record Participant(String entityId, String name) {
    }

    /**
     * One event.
     *
     * @param id       its id within the article ("v1")
     * @param type     what kind of happening
     * @param actors   who did it
     * @param targets  to whom or what
     * @param date     TIMEX3 value of its date ("2014-09-19", "2015-12-10/2015-12-11", "XXXX-12-10"), or null
     * @param place    where, or null
     * @param negated  the article says it did not or will not happen
     * @param modality past, ongoing or planned
     * @param evidence the words it was read from (several passages joined by " … ")
     */
    public record EventFact(String id, EventType type, List<Participant> actors, List<Participant> targets, String date,
                            Participant place, boolean negated, Event.Modality modality, String evidence) {
        public EventFact {
            actors = actors == null ? List.of() : List.copyOf(actors);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }

        EventFact withDate(String value) {
            return new EventFact(id, type, actors, targets, value, place, negated, modality, evidence);
        }
    }

    /**
     * One time expression.
     *
     * @param text   the words ("December 10-11")
     * @param value  its TIMEX3 value ("2015-12-10/2015-12-11", "XXXX-12-09", "P2M")
     * @param type   DATE, TIME, DURATION or SET
     * @param anchor what the extractor resolved it against (DOCUMENT_DATE, NARRATIVE, ...), or null
     */
    public record TimexFact(String text, String value, TimexType type, Anchor.Kind anchor) {
        TimexFact withValue(String v) {
            return new TimexFact(text, v, type, anchor);
        }
    }
}
