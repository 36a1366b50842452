package org.dateline.cli.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dateline.corpus.Agencies;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.Story;
import org.dateline.corpus.TimelineEntry;
import org.dateline.corpus.TimelineFilter;
import org.dateline.model.EntityType;

/** What a store holds at a glance: its stories, its most present entities, and the timeline of its largest story. */
public final class CorpusOverview {

    private CorpusOverview() {
    }

    public static void print(Path data, PrintWriter out) throws IOException {
        try (Corpus corpus = Corpus.open(data)) {
            List<Story> stories = corpus.analysis.stories().stream().filter(s -> s.articleIds().size() > 1)
                    .sorted(Comparator.comparingInt((Story s) -> s.articleIds().size()).reversed()).toList();
            out.println("Stories (" + stories.size() + " with more than one article)");
            for (Story s : stories) {
                out.printf(Locale.ROOT, "  %-4s %-70s %2d articles  %s%n", s.id(), cut(s.title(), 70), s.articleIds().size(),
                        s.first() == null ? "undated" : s.first().equals(s.last()) ? s.first() : s.first() + " .. " + s.last());
            }
            out.println();
            out.println("Top entities (people and organizations, by articles; news agencies aside)");
            corpus.analysis.dossiers().stream()
                    .filter(d -> d.type() == EntityType.PERSON || d.type() == EntityType.ORGANIZATION)
                    .filter(d -> !Agencies.isWire(d.name()))
                    .sorted(Comparator.comparingInt((Dossier d) -> d.articleIds().size()).thenComparingInt(Dossier::mentions).reversed())
                    .limit(10)
                    .forEach(d -> out.printf(Locale.ROOT, "  %-32s %-12s %2d articles %4d mentions%s%n", cut(d.name(), 32),
                            d.type().name().toLowerCase(Locale.ROOT), d.articleIds().size(), d.mentions(),
                            d.aliases().isEmpty() ? "" : "   also " + cut(String.join(", ", d.aliases()), 50)));
            if (!stories.isEmpty()) {
                Story biggest = stories.get(0);
                List<TimelineEntry> timeline = corpus.analysis.timeline(TimelineFilter.story(biggest.id()));
                out.println();
                out.println("Timeline of " + biggest.id() + " \"" + cut(biggest.title(), 60) + "\" (" + timeline.size() + " events)");
                for (TimelineEntry e : timeline.stream().limit(20).toList()) {
                    out.printf(Locale.ROOT, "  %-23s %-10s %s%s%n", e.date(), e.type(), TimelineCommand.describe(e),
                            e.sources().size() > 1 ? "   (" + e.sources().stream().map(TimelineEntry.Source::articleId)
                                    .distinct().count() + " sources)" : "");
                }
            }
            out.println();
            out.println("Ask the store: ./dateline search WORDS --data " + data + "   ./dateline entity NAME   ./dateline timeline --story ID"
                    + "   ./dateline stories   ./dateline quotes --speaker NAME   ./dateline export gexf --out graph.gexf");
            out.flush();
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
