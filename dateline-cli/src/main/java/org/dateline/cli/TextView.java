package org.dateline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dateline.corpus.EventPhrases;
import org.dateline.model.Anchor;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/** A readable view of an extraction, for people at a terminal. */
final class TextView {

    void print(Extraction x, PrintWriter out) {
        out.println("== " + x.article().id() + (x.article().title().isEmpty() ? "" : ": " + x.article().title()));
        Dateline d = x.dateline();
        if (d == null) {
            out.println("   dateline       none");
        } else {
            out.println("   dateline       " + d.place() + (d.date() == null ? "" : ", " + d.date())
                    + (d.agency() == null ? "" : " (" + d.agency() + ")")
                    + "   \"" + d.span().coveredText(x.article()) + "\"");
        }
        DocumentDate dct = x.documentDate();
        out.println("   document date  " + (dct.value() == null ? "unknown" : dct.value()) + "   (" + dct.explanation() + ")");
        out.println("   text           " + x.paragraphs().size() + " paragraphs, " + x.sentences().size() + " sentences");
        for (Entity e : x.entities()) {
            if (e.type() == EntityType.NORP) {
                continue;
            }
            out.printf("   %-14s %s%s%s%n", e.type().name().toLowerCase(Locale.ROOT), e.name(),
                    e.aliases().isEmpty() ? "" : "   (also: " + String.join(", ", e.aliases()) + ")",
                    e.roles().isEmpty() ? "" : "   [" + String.join("; ", e.roles()) + "]");
        }
        for (Quote q : x.quotes()) {
            String who = q.speaker() == null ? "(speaker unknown)" : q.speaker().name();
            out.printf("   %-14s %s: %s%s%n", q.direct() ? "quote" : "reported", who,
                    q.direct() ? "\u201C" + abbreviate(q.text(), 100) + "\u201D" : abbreviate(q.text(), 100),
                    q.cue() == null ? "" : "   [" + q.cue().coveredText(x.article()) + "]");
        }
        List<Event> timeline = new ArrayList<>(x.events());
        // Dated events in date order, undated ones after them in text order: a timeline, honest about what it lacks.
        timeline.sort(Comparator.comparing((Event e) -> e.time() == null ? "~" : e.time()));
        for (Event e : timeline) {
            out.printf("   %-14s %-23s %-10s %s%n", "event", e.time() == null ? "(undated)" : e.time(), e.type(),
                    EventPhrases.describe(e));
        }
        if (x.timexes().isEmpty()) {
            out.println("   time           none");
        }
        int width = x.timexes().stream().mapToInt(t -> t.text().length()).max().orElse(0);
        width = Math.min(Math.max(width, 12), 40);
        for (TimeExpression t : x.timexes()) {
            out.printf("   time           %-" + width + "s  %-8s  %-24s  %s%n",
                    abbreviate(t.text(), width), t.type(), t.value() + (t.mod() == null ? "" : " " + t.mod()), describe(t));
        }
        out.println();
    }

    private static String describe(TimeExpression t) {
        String where = t.span().field() == Field.TITLE ? "title; " : "";
        Anchor a = t.anchor();
        return where + switch (a.kind()) {
            case NONE -> "as written";
            case DOCUMENT_DATE -> "from the document date " + a.value();
            case NARRATIVE -> "year from the narrative date " + a.value();
            case UNRESOLVED -> "year unknown";
        };
    }

    private static String abbreviate(String s, int width) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
