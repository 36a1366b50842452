package org.dateline.cli.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.store.FacetCount;
import org.dateline.store.SearchHit;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline search QUERY}: full-text and structured search with facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the stored articles: words of title and text, with filters; prints hits and facets.")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words to find (Lucene syntax: \"a phrase\", AND, OR, -word).")
    String text = "";

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention this entity (any of its names).")
    List<String> entities = List.of();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only articles with an entity of this type (PERSON, ORGANIZATION, LOCATION).")
    List<EntityType> types = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "Document date from (yyyy-mm-dd), inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Document date to (yyyy-mm-dd), inclusive.")
    LocalDate to;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles from this source.")
    List<String> sources = List.of();

    @Option(names = "--event-type", paramLabel = "TYPE", description = "Only articles with an event of this type (JOIN, VISIT, ...).")
    List<EventType> eventTypes = List.of();

    @Option(names = "--story", paramLabel = "ID", description = "Only articles of this story.")
    List<String> stories = List.of();

    @Option(names = "--limit", description = "Hits to print. Default: ${DEFAULT-VALUE}.")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(options.data)) {
            // A name as the user writes it ("Gentiloni") stands for its dossier, whose canonical name the store indexes.
            List<String> names = entities.stream().map(n -> corpus.dossiers(n).get(0).name()).toList();
            SearchQuery q = new SearchQuery(text, names, types, from, to, sources, eventTypes, stories, false, 0, limit,
                    SearchQuery.DEFAULT_FACET_LIMIT);
            long t0 = System.nanoTime();
            SearchResult r = corpus.store.search(q);
            double ms = (System.nanoTime() - t0) / 1e6;
            Printer p = new Printer(spec.commandLine().getOut(), options.format);
            if (p.text()) {
                p.line(String.format(Locale.ROOT, "%d articles match (%.0f ms)", r.total(), ms));
                for (SearchHit h : r.hits()) {
                    p.line(String.format(Locale.ROOT, "  %-10s  %-40s  %s", h.documentDate() == null ? "undated" : h.documentDate(),
                            h.id(), h.title()));
                    if (h.snippet() != null && !h.snippet().isBlank()) {
                        p.line("              " + h.snippet().replace('\n', ' '));
                    }
                }
                facets(p, "entities", r.entities());
                facets(p, "types", r.types());
                facets(p, "sources", r.sources());
                facets(p, "event types", r.eventTypes());
                facets(p, "stories", r.stories());
                facets(p, "months", r.months());
            } else {
                p.header(List.of("id", "title", "date", "source", "url", "score", "duplicate_of"));
                for (SearchHit h : r.hits()) {
                    p.record(h, List.of(h.id(), h.title(), nz(h.documentDate()), nz(h.source()), nz(h.url()), h.score(), nz(h.duplicateOf())));
                }
                if (options.format == CorpusOptions.Format.json) {
                    p.line(Printer.json(Map.of("total", r.total(), "facets", Map.of("entities", r.entities(), "types", r.types(),
                            "sources", r.sources(), "event_types", r.eventTypes(), "stories", r.stories(), "months", r.months()))));
                }
            }
            p.flush();
        }
        return 0;
    }

    private static void facets(Printer p, String name, List<FacetCount> counts) {
        if (!counts.isEmpty()) {
            p.line(String.format(Locale.ROOT, "  %-12s %s", name, String.join(", ",
                    counts.stream().map(c -> c.value() + " (" + c.count() + ")").toList())));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
