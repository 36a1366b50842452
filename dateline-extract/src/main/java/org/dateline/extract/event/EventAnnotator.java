package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Paragraph;
import org.dateline.model.Quote;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;

/**
 * Finds the events of an article: who did what to whom, when and where.
 *
 * <p>Each sentence is read for trigger words ({@link EventLexicon}). The subject before a verb is its actor and the
 * entities after it its targets; in the passive ("was formed on the initiative of the USA") the agent acts and the
 * subject undergoes, and a participle that opens a sentence ("Established on 15 October 2006 ...") has the
 * paragraph's topic as subject. Translated word order is undone where English cannot mean what it says: "the
 * operation joined France" (an operation does not join a country) and "the U.S. joined Saudi Arabia, the UAE and
 * Jordan" (one joining several) mean that the countries joined. Lists with the verb elided ("On September 19, the
 * operation joined France, September 26 – Denmark, 30 September – UK") give one event per item, each with its own
 * date, and an actor dated in parentheses ("and Russia (29 December 2014)") an event of its own.
 *
 * <p>An event's date is the date written in its clause, else in its sentence, else none; statements and meetings
 * reported in the news part of a datelined story (before it first turns to other dates) happened on the dateline's
 * date and at its place. Statements come from the quotes: one per speaker and date, with every quote as evidence.
 * The same happening reported twice is one event with two pieces of evidence. Immutable and thread-safe.
 */
public final class EventAnnotator {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|n't|never|no\\s+longer|refused\\s+to|declined\\s+to|failed\\s+to)\\b(?:\\s+\\S+){0,4}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNED = Pattern.compile(
            "\\b(?:will|would|shall|plans?\\s+to|planned\\s+to|intends?\\s+to|is\\s+to|are\\s+to|expected\\s+to|going\\s+to|is\\s+due\\s+to|about\\s+to)\\b(?:\\s+\\S+){0,2}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|being|is|are|be)\\s+(?:\\p{L}+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT = Pattern.compile("\\b(?:by|on\\s+the\\s+initiative\\s+of|at\\s+the\\s+initiative\\s+of|on\\s+the\\s+orders\\s+of)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:in|at|near|outside|inside|over)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_NOUN = Pattern.compile("\\b(?:operation|coalition|alliance|bloc|mission)\\b", Pattern.CASE_INSENSITIVE);
    /** Where a clause ends: a semicolon, a parenthesis, or a comma before another clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s\\(|,\\s+(?:while|but|whereas|although|where|which)\\b|\\s+while\\s");
    /** "could have agreed", "might join": what did not happen and is not planned. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:could|might|should|would)(?:\\s+not)?\\s+have\\s+$|\\b(?:could|might|may)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A past participle right after a noun: a reduced passive ("a terrorist group banned in Russia"). */
    private static final Pattern AFTER_NOUN = Pattern.compile("\\b\\p{Ll}{3,}\\s+$");
    /** Types that need someone on the receiving end: a visit visits somewhere, a join joins something. */
    private static final java.util.Set<EventType> TRANSITIVE = java.util.EnumSet.of(EventType.ATTACK, EventType.JOIN,
            EventType.VISIT, EventType.AGREE, EventType.SANCTION, EventType.DESIGNATE, EventType.ARREST, EventType.LEAVE);
    private static final Pattern NATURAL_FORCE = Pattern.compile(
            "\\b(?:quakes?|earthquakes?|aftershocks?|storms?|hurricanes?|typhoons?|cyclones?|floods?|fires?|blazes?|tsunamis?|"
                    + "disasters?|lightning|tornado(?:es)?|avalanches?|landslides?|drought|virus|pandemic|epidemic)\\b(?:\\s+\\S+){0,8}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_NEXT = Pattern.compile("\\s+(?:in|by|on|as)\\b");
    private static final Pattern AS_NEXT = Pattern.compile("\\s+as\\b");
    private static final Pattern PROGRESSIVE_AUXILIARY = Pattern.compile("\\b(?:is|are)\\s*$");
    /** What joins the entities of one subject ("France, Britain and the Netherlands") or one object (also "or"). */
    private static final Pattern SUBJECT_LIST = Pattern.compile("\\s*(?:,|and|,\\s*and)\\s*(?:the\\s+)?");
    private static final Pattern OBJECT_LIST = Pattern.compile("\\s*(?:,|and|or|,\\s*and|,\\s*or)\\s*(?:the\\s+)?");
    private static final Pattern ARTICLE_ONLY = Pattern.compile("\\s*(?:the\\s+)?");
    private static final Pattern LIST_DASH = Pattern.compile("^\\s*[–—-]\\s+");

    /** The events of an article's body, in text order, with ids "v1", "v2", .... */
    public List<Event> annotate(Article article, List<Paragraph> paragraphs, List<Sentence> sentences, Dateline dateline,
                                List<Entity> entities, List<TimeExpression> timexes, List<Quote> quotes) {
        Context c = new Context(article.text(), paragraphs, entities, timexes, dateline);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.span().field() == Field.BODY) {
                drafts.addAll(sentenceEvents(c, s));
            }
        }
        drafts.addAll(statements(c, quotes, sentences));
        return merged(drafts);
    }

    /** What the annotator knows about one article while it reads it. */
    private static final class Context {
        final String text;
        final List<Paragraph> paragraphs;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Entity> byId = new LinkedHashMap<>();
        final List<TimeExpression> dates;
        final Dateline dateline;
        /** Where the story first turns to a date other than its dateline's: after it, nothing is dated by the dateline. */
        final int newsEnd;
        final Entity coalition;

        Context(String text, List<Paragraph> paragraphs, List<Entity> entities, List<TimeExpression> timexes, Dateline dateline) {
            this.text = text;
            this.paragraphs = paragraphs;
            this.dateline = dateline;
            Entity group = null;
            for (Entity e : entities) {
                byId.put(e.id(), e);
                for (Mention m : e.mentions()) {
                    if (m.span().field() == Field.BODY && m.kind() != MentionKind.PRONOUN) {
                        mentions.add(m);
                    }
                }
                if (group == null && e.type() == EntityType.ORGANIZATION
                        && (GROUP_NOUN.matcher(e.name()).find() || e.aliases().stream().anyMatch(a -> GROUP_NOUN.matcher(a).find()))) {
                    group = e;
                }
            }
            coalition = group;
            mentions.sort(Comparator.comparing(Mention::span));
            dates = timexes.stream().filter(t -> t.span().field() == Field.BODY && t.type() == TimexType.DATE && t.value() != null
                    && !t.value().startsWith("XXXX")).toList();
            int end = text.length();
            if (dateline != null && dateline.date() != null) {
                for (TimeExpression t : dates) {
                    if (t.span().start() > dateline.span().end() && !t.value().equals(dateline.date())) {
                        end = t.span().start();
                        break;
                    }
                }
            } else {
                end = 0;
            }
            newsEnd = end;
        }

        Entity entity(Mention m) {
            return byId.get(m.entityId());
        }

        /** Mentions inside {@code [from, to)} that no other mention there contains, in text order. */
        List<Mention> outermost(int from, int to) {
            List<Mention> in = mentions.stream().filter(m -> m.span().start() >= from && m.span().end() <= to).toList();
            List<Mention> out = new ArrayList<>();
            for (Mention m : in) {
                boolean inner = in.stream().anyMatch(o -> o != m && o.span().contains(m.span()) && !o.span().equals(m.span()));
                if (!inner && out.stream().noneMatch(o -> o.span().equals(m.span()))) {
                    out.add(m);
                }
            }
            return out;
        }

        int paragraphStart(int offset) {
            for (Paragraph p : paragraphs) {
                if (offset < p.span().end()) {
                    return p.span().start();
                }
            }
            return 0;
        }
    }

    /** An event before merging. */
    private record Draft(EventType type, Span trigger, List<Event.Argument> actors, List<Event.Argument> targets,
                         TimeExpression time, String datelineDate, Event.Argument place, boolean negated,
                         Event.Modality modality, Span evidence) {

        String date() {
            return time != null ? time.value() : datelineDate;
        }
    }

    private List<Draft> sentenceEvents(Context c, Sentence s) {
        List<Draft> out = new ArrayList<>();
        int start = s.span().start();
        int end = s.span().end();
        Matcher w = WORD.matcher(c.text).region(start, end);
        int clauseStart = start;
        while (w.find()) {
            EventLexicon.Trigger t = EventLexicon.at(c.text, w.start(), w.end());
            if (t == null || t.type() == EventType.STATEMENT) {
                continue;
            }
            List<ListItem> items = listItems(c, w.end(), end);
            int clauseEnd = items.isEmpty() ? clauseEnd(c.text, w.end(), end) : items.get(0).span().start();
            Draft d = read(c, t, w.start(), w.end(), clauseStart, clauseEnd, s);
            if (d != null) {
                if (!items.isEmpty()) {
                    // "On September 19, the operation joined France": the first item's evidence ends where the list starts.
                    d = new Draft(d.type(), d.trigger(), d.actors(), d.targets(), d.time(), d.datelineDate(), d.place(),
                            d.negated(), d.modality(), trimmed(c.text, new Span(Field.BODY, start, items.get(0).span().start())));
                }
                out.add(d);
                out.addAll(datedActors(c, d, w.end(), end, s));
                for (ListItem item : items) {
                    out.add(new Draft(d.type(), item.span(), arguments(c, item.actors()), d.targets(), item.time(), null, null,
                            d.negated(), d.modality(), item.span()));
                }
            }
            if (!items.isEmpty()) {
                break; // the list is the rest of the sentence
            }
        }
        return out;
    }

    /** One reading of a trigger in its clause, or null when it has no participant the article names. */
    private Draft read(Context c, EventLexicon.Trigger t, int triggerStart, int triggerEnd, int clauseStart, int clauseEnd, Sentence s) {
        String text = c.text;
        String before = text.substring(clauseStart, triggerStart);
        if (HYPOTHETICAL.matcher(before).find()) {
            return null;
        }
        if (t.type() == EventType.ATTACK && NATURAL_FORCE.matcher(before).find()) {
            return null; // "a second quake struck the province": a disaster, not an attack
        }
        String word = text.substring(triggerStart, triggerEnd);
        boolean participle = word.endsWith("ed") || word.equals("struck") || word.equals("set");
        boolean passive = PASSIVE.matcher(before).find()
                || t.type() == EventType.DESIGNATE && !t.noun() && objectIsAs(text, triggerEnd)
                || participle && !t.noun() && AFTER_NOUN.matcher(before).find() && !before.isBlank()
                && PREPOSITION_NEXT.matcher(text).region(triggerEnd, text.length()).lookingAt();
        boolean openingParticiple = before.isBlank() && !t.noun();
        List<Mention> left = c.outermost(clauseStart, triggerStart);
        List<Mention> right = c.outermost(triggerEnd, clauseEnd);
        // A place after "in"/"at" is where, not whom.
        Event.Argument place = null;
        List<Mention> targetsRight = new ArrayList<>();
        for (Mention m : right) {
            Entity e = c.entity(m);
            if (e.type() == EntityType.NORP) {
                continue;
            }
            boolean located = e.type() == EntityType.LOCATION && PLACE_PREPOSITION.matcher(text.substring(triggerEnd, m.span().start())).find();
            if (located && place == null && t.type() != EventType.DESIGNATE) {
                place = argument(c, m);
            } else if (!located || t.type() == EventType.DESIGNATE) {
                targetsRight.add(m);
            }
        }
        targetsRight = conjoinedFirst(c, targetsRight);
        List<Mention> subject = subject(c, left, before, clauseStart);
        List<Mention> agent = agent(c, right, triggerEnd);
        List<Mention> actors;
        List<Mention> targets;
        if (t.type() == EventType.DESIGNATE && passive) {
            // "The IG recognized as a terrorist organization in the USA, Canada, ...": the countries designate.
            actors = conjoinedFirst(c, right.stream().filter(m -> c.entity(m).type() == EntityType.LOCATION).toList());
            targets = subject;
        } else if (passive || openingParticiple) {
            List<Mention> undergoer = subject.isEmpty() && openingParticiple ? topic(c, triggerStart) : subject;
            if (!agent.isEmpty()) {
                actors = agent;
                targets = undergoer;
            } else if (t.type() == EventType.FORM || t.type() == EventType.DIE || t.type() == EventType.ELECT
                    || t.type() == EventType.APPOINT) {
                actors = undergoer; // what was formed, who died or was elected: the one the event is about
                targets = List.of();
            } else {
                actors = List.of();
                targets = undergoer;
            }
        } else if (t.noun()) {
            // "the meeting with Italian counterpart Paolo Gentiloni": the sentence's subject and the one met.
            actors = new ArrayList<>(persons(c, c.outermost(s.span().start(), triggerStart)));
            actors.addAll(targetsRight);
            targets = List.of();
        } else {
            actors = subject;
            targets = targetsRight;
            if (t.type() == EventType.JOIN) {
                boolean groupSubject = GROUP_NOUN.matcher(before).find() && subject.isEmpty()
                        || subject.size() == 1 && c.entity(subject.get(0)) == c.coalition && c.coalition != null;
                boolean countryJoinsCountries = subject.size() == 1 && targets.size() >= 2
                        && c.entity(subject.get(0)).type() == EntityType.LOCATION
                        && targets.stream().allMatch(m -> c.entity(m).type() == EntityType.LOCATION);
                if (groupSubject || countryJoinsCountries) {
                    // Translated word order: "the operation joined France", "the U.S. joined Saudi Arabia, ... and Jordan".
                    List<Mention> joined = subject;
                    actors = targets;
                    targets = joined;
                }
                if (targets.isEmpty() && groupSubject && !actors.isEmpty()) {
                    // What was joined is "the operation": the article's coalition when it names one.
                    List<Event.Argument> joined = c.coalition == null ? List.of()
                            : List.of(new Event.Argument(c.coalition.id(), c.coalition.name()));
                    return draft(c, t, triggerStart, triggerEnd, clauseStart, clauseEnd, s, arguments(c, actors), joined, place);
                }
            }
        }
        if (actors.isEmpty() || TRANSITIVE.contains(t.type()) && targets.isEmpty()) {
            return null; // "a site visited by millions", "struck the doors": no one the article names on one side
        }
        if (t.type() == EventType.DIE && actors.stream().anyMatch(m -> c.entity(m).type() != EntityType.PERSON)) {
            return null; // "an earthquake in Erzincan killed 33,000 people": the dead are people, named or not at all
        }
        if (t.type() == EventType.JOIN && targets.stream().anyMatch(m -> c.entity(m).type() == EntityType.PERSON)) {
            return null; // "he was joined by his wife": company, not membership
        }
        if (t.type() == EventType.MEET && actors.size() + targets.size() < 2
                && c.entity(actors.get(0)).type() == EntityType.PERSON) {
            return null;
        }
        if (t.type() == EventType.FORM && actors.size() == 1 && targets.size() == 1
                && c.entity(actors.get(0)).type() == EntityType.ORGANIZATION && c.entity(targets.get(0)).type() == EntityType.LOCATION) {
            // "the coalition that created US": a country forms an organization, not the other way round.
            List<Mention> swap = actors;
            actors = targets;
            targets = swap;
        }
        return draft(c, t, triggerStart, triggerEnd, clauseStart, clauseEnd, s, arguments(c, actors), arguments(c, targets), place);
    }

    private Draft draft(Context c, EventLexicon.Trigger t, int triggerStart, int triggerEnd, int clauseStart, int clauseEnd,
                        Sentence s, List<Event.Argument> actors, List<Event.Argument> targets, Event.Argument place) {
        String before = c.text.substring(clauseStart, triggerStart);
        boolean negated = NEGATION.matcher(before).find();
        Event.Modality modality = PLANNED.matcher(before).find() ? Event.Modality.PLANNED
                : PROGRESSIVE_AUXILIARY.matcher(before).find() && c.text.substring(triggerStart, triggerEnd).endsWith("ing")
                ? Event.Modality.ONGOING : Event.Modality.PAST;
        TimeExpression time = dateIn(c, clauseStart, clauseEnd, triggerStart);
        if (time == null) {
            time = dateIn(c, s.span().start(), s.span().end(), triggerStart);
        }
        String datelineDate = null;
        if (time == null && (t.type() == EventType.MEET || t.type() == EventType.VISIT) && triggerStart < c.newsEnd
                && modality == Event.Modality.PAST) {
            datelineDate = c.dateline.date();
            if (place == null && c.dateline.place() != null) {
                place = new Event.Argument(null, c.dateline.place());
            }
        }
        return new Draft(t.type(), new Span(Field.BODY, triggerStart, triggerEnd), actors, targets, time, datelineDate, place,
                negated, modality, trimmed(c.text, s.span()));
    }

    /** "recognized as", "designated as": no object between the verb and "as". */
    private static boolean objectIsAs(String text, int triggerEnd) {
        return AS_NEXT.matcher(text).region(triggerEnd, text.length()).lookingAt();
    }

    /** The subject: the last entity before the verb in its clause, with the entities listed with it ("X and Y"). */
    private static List<Mention> subject(Context c, List<Mention> left, String before, int clauseStart) {
        List<Mention> candidates = left.stream().filter(m -> c.entity(m).type() != EntityType.NORP
                && !PLACE_PREPOSITION.matcher(c.text.substring(clauseStart, m.span().start())).find()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Mention last = candidates.get(candidates.size() - 1);
        // The subject stands close before its verb, in the same clause ("Lavrov will visit", "coalition aircraft began
        // to bomb"), not in a clause of its own earlier in the sentence.
        String gap = c.text.substring(last.span().end(), clauseStart + before.length());
        if (gap.contains(",") || WORD.matcher(gap).results().count() > 6) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(last);
        for (int i = candidates.size() - 2; i >= 0; i--) {
            String between = c.text.substring(candidates.get(i).span().end(), out.get(0).span().start());
            if (SUBJECT_LIST.matcher(between).matches()) {
                out.add(0, candidates.get(i));
            } else {
                break;
            }
        }
        return out;
    }

    /** The object: the first entity after the verb and those listed with it ("Saudi Arabia, the UAE and Jordan"). */
    private static List<Mention> conjoinedFirst(Context c, List<Mention> right) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : right) {
            if (out.isEmpty()) {
                out.add(m);
                continue;
            }
            String between = c.text.substring(out.get(out.size() - 1).span().end(), m.span().start());
            if (OBJECT_LIST.matcher(between).matches()) {
                out.add(m);
            } else {
                break;
            }
        }
        return out;
    }

    /** "by X", "on the initiative of X". */
    private static List<Mention> agent(Context c, List<Mention> right, int triggerEnd) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : right) {
            String between = c.text.substring(triggerEnd, m.span().start());
            Matcher a = AGENT.matcher(between);
            int last = -1;
            while (a.find()) {
                last = a.end();
            }
            if (last >= 0 && ARTICLE_ONLY.matcher(between).region(last, between.length()).matches()) {
                out.add(m);
            }
        }
        return out;
    }

    /** What a paragraph is about: its first entity that is not a place. */
    private static List<Mention> topic(Context c, int offset) {
        int from = c.paragraphStart(offset);
        for (Mention m : c.outermost(from, offset)) {
            EntityType type = c.entity(m).type();
            if (type == EntityType.ORGANIZATION || type == EntityType.PERSON) {
                return List.of(m);
            }
        }
        return List.of();
    }

    private static List<Mention> persons(Context c, List<Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (c.entity(mentions.get(i)).type() == EntityType.PERSON) {
                return List.of(mentions.get(i));
            }
        }
        return List.of();
    }

    /** An item of a list whose verb is elided: "September 26 – Denmark", "6 October – Belgium and the Netherlands". */
    private record ListItem(Span span, TimeExpression time, List<Mention> actors) {
    }

    private static List<ListItem> listItems(Context c, int from, int sentenceEnd) {
        List<ListItem> items = new ArrayList<>();
        List<TimeExpression> heads = new ArrayList<>();
        for (TimeExpression t : c.dates) {
            if (t.span().start() >= from && t.span().end() < sentenceEnd
                    && LIST_DASH.matcher(c.text.substring(t.span().end(), sentenceEnd)).find()) {
                heads.add(t);
            }
        }
        for (int i = 0; i < heads.size(); i++) {
            TimeExpression t = heads.get(i);
            int end = i + 1 < heads.size() ? heads.get(i + 1).span().start() : sentenceEnd;
            Span span = trimmed(c.text, new Span(Field.BODY, t.span().start(), end));
            List<Mention> actors = c.outermost(t.span().end(), span.end()).stream()
                    .filter(m -> c.entity(m).type() != EntityType.NORP).toList();
            if (!actors.isEmpty()) {
                items.add(new ListItem(span, t, actors));
            }
        }
        return items;
    }

    /** "..., India, Indonesia, and Russia (29 December 2014)": an actor dated in parentheses also acts on its own date. */
    private static List<Draft> datedActors(Context c, Draft d, int from, int to, Sentence s) {
        List<Draft> out = new ArrayList<>();
        for (Mention m : c.outermost(from, to)) {
            String after = c.text.substring(m.span().end(), Math.min(to, m.span().end() + 3));
            if (!after.startsWith(" (") && !after.startsWith("(")) {
                continue;
            }
            for (TimeExpression t : c.dates) {
                int open = c.text.indexOf('(', m.span().end());
                if (open >= 0 && t.span().start() == open + 1) {
                    boolean actor = d.actors().stream().anyMatch(a -> a.entityId() != null && a.entityId().equals(m.entityId()));
                    if (actor) {
                        out.add(new Draft(d.type(), d.trigger(), List.of(argument(c, m)), d.targets(), t, null, d.place(),
                                d.negated(), d.modality(), new Span(Field.BODY, m.span().start(), t.span().end() + 1)));
                    }
                }
            }
        }
        return out;
    }

    /** A clause ends at a semicolon or at ", and"/", but" starting another clause, else with the sentence. */
    private static int clauseEnd(String text, int from, int sentenceEnd) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(from, sentenceEnd);
        return m.find() ? m.start() : sentenceEnd;
    }

    /** The date written in {@code [from, to)} nearest the trigger, not one in parentheses after an actor. */
    private static TimeExpression dateIn(Context c, int from, int to, int trigger) {
        TimeExpression best = null;
        for (TimeExpression t : c.dates) {
            if (t.span().start() >= from && t.span().end() <= to) {
                if (t.span().start() > 0 && c.text.charAt(t.span().start() - 1) == '(') {
                    continue;
                }
                if (best == null || Math.abs(t.span().start() - trigger) < Math.abs(best.span().start() - trigger)) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** One statement per speaker and date: every quote of the speaker is its evidence. */
    private static List<Draft> statements(Context c, List<Quote> quotes, List<Sentence> sentences) {
        List<Draft> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.speaker() == null || q.span().field() != Field.BODY) {
                continue;
            }
            Entity speaker = c.byId.get(q.speaker().entityId());
            if (speaker == null) {
                continue;
            }
            TimeExpression time = null;
            Span sentence = sentenceOf(c.text, sentences, q.span().start());
            String datelineDate = null;
            Event.Argument place = null;
            if (q.span().start() < c.newsEnd) {
                datelineDate = c.dateline.date();
                place = c.dateline.place() == null ? null : new Event.Argument(null, c.dateline.place());
            } else if (!q.direct() && q.cue() != null) {
                time = dateIn(c, sentence.start(), sentence.end(), q.cue().start());
            }
            List<Event.Argument> targets = new ArrayList<>();
            for (String id : q.entityIds()) {
                Entity e = c.byId.get(id);
                if (e != null && !id.equals(speaker.id()) && e.type() != EntityType.NORP && targets.size() < 3) {
                    targets.add(new Event.Argument(id, e.name()));
                }
            }
            Span trigger = q.cue() != null ? q.cue() : q.span();
            out.add(new Draft(EventType.STATEMENT, trigger, List.of(new Event.Argument(speaker.id(), speaker.name())), targets,
                    time, datelineDate, place, false, Event.Modality.PAST, sentence));
        }
        return out;
    }

    /** Drafts of one happening become one event: same type, date and actors (a statement: same speaker and date). */
    private static List<Event> merged(List<Draft> drafts) {
        Map<String, List<Draft>> byKey = new LinkedHashMap<>();
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(Draft::evidence));
        for (Draft d : ordered) {
            String actors = d.actors().stream().map(a -> a.entityId() == null ? a.name() : a.entityId()).sorted().toList().toString();
            String key = d.type() + "|" + d.date() + "|" + actors + (d.type() == EventType.STATEMENT ? "" : "|" + d.negated());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (List<Draft> same : byKey.values()) {
            Draft first = same.get(0);
            List<Span> evidence = new ArrayList<>();
            List<Event.Argument> targets = new ArrayList<>(first.targets());
            for (Draft d : same) {
                if (!evidence.contains(d.evidence())) {
                    evidence.add(d.evidence());
                }
                if (d.type() != EventType.STATEMENT) {
                    d.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
                }
            }
            Span timeSpan = first.time() == null ? null : first.time().span();
            out.add(new Event("v" + (++n), first.type(), first.trigger(), first.actors(), targets, first.date(), timeSpan,
                    first.place(), first.negated(), first.modality(), evidence));
        }
        return out;
    }

    private static List<Event.Argument> arguments(Context c, List<Mention> mentions) {
        List<Event.Argument> out = new ArrayList<>();
        for (Mention m : mentions) {
            Event.Argument a = argument(c, m);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static Event.Argument argument(Context c, Mention m) {
        Entity e = c.entity(m);
        return new Event.Argument(e.id(), e.name());
    }

    private static Span sentenceOf(String text, List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().field() == Field.BODY && s.span().start() <= offset && offset < s.span().end()) {
                return trimmed(text, s.span());
            }
        }
        return Span.body(offset, offset);
    }

    private static Span trimmed(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
            b--;
        }
        return new Span(s.field(), a, b);
    }
}
