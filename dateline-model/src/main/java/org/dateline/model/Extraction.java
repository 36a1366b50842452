package org.dateline.model;

import java.util.List;
import java.util.Optional;

/** Everything extracted from one article, with the article itself. */
public record Extraction(Article article,
                         List<Paragraph> paragraphs,
                         List<Sentence> sentences,
                         Dateline dateline,
                         DocumentDate documentDate,
                         List<TimeExpression> timexes,
                         List<Entity> entities,
                         List<Quote> quotes,
                         List<Event> events,
                         List<Diagnostic> diagnostics) {

    public Extraction {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Dateline> datelineIfAny() {
        return Optional.ofNullable(dateline);
    }
}
