package org.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.MentionKind;
import org.dateline.model.Diagnostic;
import org.dateline.model.DocumentDate;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * The JSON form of an extraction: what {@code ./dateline extract --format json} prints and what the store keeps for
 * display, in the format the evaluation kit reads (../shared/eval/README.md) plus provenance. Offsets are into the
 * body text unless {@code "field": "title"}.
 * Thread-safe.
 */
public final class ExtractionJson {

    private final ObjectMapper mapper;

    public ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The extraction as one JSON object. */
    public ObjectNode toJson(Extraction x) {
        Article a = x.article();
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        putIfPresent(o, "published", a.published() == null ? null : a.published().toString());
        putIfPresent(o, "source", a.source());
        putIfPresent(o, "url", a.url());
        o.set("document_date", documentDate(x.documentDate()));
        o.set("dateline", x.dateline() == null ? mapper.nullNode() : dateline(x.dateline(), a));
        ArrayNode entities = o.putArray("entities");
        for (Entity e : x.entities()) {
            entities.add(entity(e));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : x.quotes()) {
            quotes.add(quote(q, a));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            events.add(event(e, a));
        }
        ArrayNode timexes = o.putArray("timexes");
        for (TimeExpression t : x.timexes()) {
            timexes.add(timex(t));
        }
        ObjectNode stats = o.putObject("stats");
        stats.put("characters", a.text().length());
        stats.put("paragraphs", x.paragraphs().size());
        stats.put("sentences", x.sentences().size());
        stats.put("tokens", x.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
        if (!a.extra().isEmpty()) {
            o.set("meta", mapper.valueToTree(a.extra()));
        }
        if (!x.diagnostics().isEmpty()) {
            ArrayNode d = o.putArray("diagnostics");
            for (Diagnostic diagnostic : x.diagnostics()) {
                d.add(diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": " + diagnostic.message());
            }
        }
        return o;
    }

    private ObjectNode documentDate(DocumentDate d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("value", d.value());
        o.put("source", d.source().name().toLowerCase(Locale.ROOT));
        o.put("explanation", d.explanation());
        return o;
    }

    private ObjectNode dateline(Dateline d, Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("place", d.place());
        o.put("date", d.date());
        putIfPresent(o, "agency", d.agency());
        putSpan(o, d.span(), a);
        return o;
    }

    /**
     * An entity: names (and capitals standing for countries) under {@code mentions}, as a name tagger would mark
     * them; titles, descriptions, pronouns and nationality words under {@code references}, each with its kind.
     */
    private ObjectNode entity(Entity e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("name", e.name());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode mentions = o.putArray("mentions");
        ArrayNode references = o.putArray("references");
        for (Mention m : e.mentions()) {
            boolean name = m.kind() == MentionKind.NAME || m.kind() == MentionKind.ACRONYM || m.kind() == MentionKind.METONYM;
            ObjectNode n = (name ? mentions : references).addObject();
            n.put("start", m.span().start());
            n.put("end", m.span().end());
            n.put("text", m.text());
            if (m.span().field() == Field.TITLE) {
                n.put("field", "title");
            }
            n.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            n.put("entity", m.entityId());
        }
        ArrayNode roles = o.putArray("roles");
        e.roles().forEach(roles::add);
        return o;
    }

    /** A quote: its words and offsets, the speaker's canonical name and entity id, the attribution, what it mentions. */
    private ObjectNode quote(Quote q, Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("text", q.text());
        o.put("direct", q.direct());
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            o.put("speaker", q.speaker().name());
            o.put("speaker_id", q.speaker().entityId());
        }
        if (q.cue() != null) {
            ObjectNode cue = o.putObject("cue");
            putSpan(cue, q.cue(), a);
        }
        ArrayNode entities = o.putArray("entities");
        q.entityIds().forEach(entities::add);
        ArrayNode times = o.putArray("timexes");
        for (TimeExpression t : q.timexes()) {
            ObjectNode n = times.addObject();
            n.put("text", t.text());
            n.put("value", t.value());
        }
        return o;
    }

    /** An event: type (and CAMEO code), participants by canonical name and entity id, date, place, evidence. */
    private ObjectNode event(Event e, Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("cameo", e.type().cameo());
        ObjectNode trigger = o.putObject("trigger");
        putSpan(trigger, e.trigger(), a);
        o.set("actors", arguments(e.actors()));
        o.set("targets", arguments(e.targets()));
        o.put("date", e.time());
        if (e.place() == null) {
            o.putNull("place");
        } else {
            o.put("place", e.place().name());
            putIfPresent(o, "place_id", e.place().entityId());
        }
        o.put("negated", e.negated());
        o.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
        ObjectNode evidence = o.putObject("evidence");
        putSpan(evidence, e.evidence().get(0), a);
        if (e.evidence().size() > 1) {
            ArrayNode more = o.putArray("more_evidence");
            for (Span s : e.evidence().subList(1, e.evidence().size())) {
                putSpan(more.addObject(), s, a);
            }
        }
        return o;
    }

    private ArrayNode arguments(List<Event.Argument> arguments) {
        ArrayNode out = mapper.createArrayNode();
        for (Event.Argument arg : arguments) {
            ObjectNode n = out.addObject();
            n.put("name", arg.name());
            putIfPresent(n, "entity", arg.entityId());
        }
        return out;
    }

    private ObjectNode timex(TimeExpression t) {
        ObjectNode o = mapper.createObjectNode();
        o.put("start", t.span().start());
        o.put("end", t.span().end());
        o.put("text", t.text());
        if (t.span().field() == Field.TITLE) {
            o.put("field", "title");
        }
        o.put("type", t.type().name());
        o.put("value", t.value());
        putIfPresent(o, "mod", t.mod());
        Anchor anchor = t.anchor();
        if (anchor.kind() != Anchor.Kind.NONE) {
            ObjectNode an = o.putObject("anchor");
            an.put("kind", anchor.kind().name().toLowerCase(Locale.ROOT));
            putIfPresent(an, "value", anchor.value());
        }
        return o;
    }

    private static void putSpan(ObjectNode o, Span span, Article a) {
        o.put("start", span.start());
        o.put("end", span.end());
        o.put("text", span.coveredText(a));
    }

    private static void putIfPresent(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

}
