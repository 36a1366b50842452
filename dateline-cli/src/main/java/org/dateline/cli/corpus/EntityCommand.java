package org.dateline.cli.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.TimelineEntry;
import org.dateline.corpus.TimelineFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline entity NAME}: an entity's dossier across the stored articles. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "The dossier of an entity: names, roles, articles, quotes, events and related entities, and why its articles were joined.")
public final class EntityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Parameters(paramLabel = "NAME", description = "Any name of the entity (\"Lavrov\", \"ISIS\").")
    String name;

    /** A dossier as printed: the dossier and what the corpus says about it. */
    record DossierView(Dossier dossier, List<Map<String, String>> articles, List<CorpusAnalysis.SourcedQuote> quotes,
                       List<TimelineEntry> events, List<Related> related) {
    }

    /** Another dossier met in the same articles, and in how many. */
    record Related(String dossierId, String name, int articles) {
    }

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(options.data)) {
            Dossier d = corpus.dossiers(name).get(0);
            Map<String, ArticleFacts> facts = corpus.facts();
            List<Map<String, String>> articles = new ArrayList<>();
            for (String id : d.articleIds()) {
                ArticleFacts a = facts.get(id);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("title", a == null ? "" : a.title());
                row.put("date", a == null || a.documentDate() == null ? null : a.documentDate().value());
                articles.add(row);
            }
            List<CorpusAnalysis.SourcedQuote> quotes = corpus.analysis.quotes(d.id(), facts.values());
            List<TimelineEntry> events = corpus.analysis.timeline(TimelineFilter.dossier(d.id()));
            DossierView view = new DossierView(d, articles, quotes, events, related(corpus.analysis, d));
            Printer p = new Printer(spec.commandLine().getOut(), options.format);
            if (options.format == CorpusOptions.Format.json) {
                p.line(Printer.json(view));
            } else if (options.format == CorpusOptions.Format.csv) {
                p.header(List.of("dossier", "name", "type", "article", "title", "date"));
                for (Map<String, String> a : articles) {
                    p.record(a, List.of(d.id(), d.name(), d.type(), a.get("id"), a.get("title"), a.get("date") == null ? "" : a.get("date")));
                }
            } else {
                print(p, view);
            }
            p.flush();
        }
        return 0;
    }

    private static List<Related> related(CorpusAnalysis analysis, Dossier d) {
        Map<String, Integer> counts = new HashMap<>();
        java.util.Set<String> mine = new java.util.HashSet<>(d.articleIds());
        for (Dossier o : analysis.dossiers()) {
            if (o.id().equals(d.id())) {
                continue;
            }
            int shared = 0;
            for (String a : o.articleIds()) {
                if (mine.contains(a)) {
                    shared++;
                }
            }
            if (shared > 0) {
                counts.put(o.id(), shared);
            }
        }
        List<Related> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(new Related(id, analysis.dossier(id).map(Dossier::name).orElse(id), n)));
        out.sort(Comparator.comparingInt(Related::articles).reversed().thenComparing(Related::name));
        return out.subList(0, Math.min(10, out.size()));
    }

    private static void print(Printer p, DossierView v) {
        Dossier d = v.dossier();
        p.line(d.name() + "   (" + d.type().name().toLowerCase(Locale.ROOT) + ", " + d.articleIds().size() + " articles, "
                + d.mentions() + " mentions, dossier " + d.id() + ")");
        if (!d.aliases().isEmpty()) {
            p.line("  also     " + String.join(", ", d.aliases()));
        }
        if (!d.roles().isEmpty()) {
            p.line("  roles    " + String.join("; ", d.roles()));
        }
        for (Map<String, String> a : v.articles()) {
            p.line(String.format(Locale.ROOT, "  article  %-10s  %s", a.get("date") == null ? "undated" : a.get("date"), a.get("title")));
        }
        for (CorpusAnalysis.SourcedQuote q : v.quotes()) {
            String text = q.quote().text().length() > 110 ? q.quote().text().substring(0, 109) + "…" : q.quote().text();
            p.line("  " + (q.quote().direct() ? "quote   " : "reported") + " " + (q.quote().direct() ? "“" + text + "”" : text)
                    + "   [" + q.articleId() + "]");
        }
        for (TimelineEntry e : v.events()) {
            p.line(String.format(Locale.ROOT, "  event    %-23s %-10s %s", e.date() == null ? "(undated)" : e.date(), e.type(),
                    TimelineCommand.describe(e)));
        }
        for (Related r : v.related()) {
            p.line(String.format(Locale.ROOT, "  related  %s (%d articles)", r.name(), r.articles()));
        }
        for (Dossier.Merge m : d.merges()) {
            p.line("  joined   " + m.left() + " + " + m.right() + ": " + m.rule() + (m.evidence() == null ? "" : " (" + m.evidence() + ")"));
        }
    }
}
