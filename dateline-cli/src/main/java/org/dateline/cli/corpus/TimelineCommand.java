package org.dateline.cli.corpus;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EventPhrases;
import org.dateline.corpus.TimelineEntry;
import org.dateline.corpus.TimelineFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline timeline}: events across articles, merged and in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events across the stored articles in date order; one happening reported by several articles is one",
                "entry with several sources. Ranges and dates known only to the month or year are shown as written."})
public final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity takes part in.")
    String entity;

    @Option(names = "--story", paramLabel = "ID", description = "Only events of this story.")
    String story;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date (yyyy, yyyy-mm or yyyy-mm-dd), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "To this date, inclusive.")
    String to;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(options.data)) {
            String dossier = null;
            if (entity != null) {
                Dossier d = corpus.dossiers(entity).get(0);
                dossier = d.id();
            }
            List<TimelineEntry> entries = corpus.analysis.timeline(new TimelineFilter(dossier, story, from, to));
            Printer p = new Printer(spec.commandLine().getOut(), options.format);
            if (p.text()) {
                for (TimelineEntry e : entries) {
                    p.line(String.format(Locale.ROOT, "%-23s %-10s %s   [%s]", e.date(), e.type(), describe(e),
                            e.sources().stream().map(TimelineEntry.Source::articleId).distinct().collect(Collectors.joining(", "))));
                }
                if (entries.isEmpty()) {
                    p.line("no dated events match");
                }
            } else {
                p.header(List.of("date", "precision", "type", "actors", "targets", "place", "negated", "modality", "sources"));
                for (TimelineEntry e : entries) {
                    p.record(e, List.of(e.date(), e.precision(), e.type(), names(e.actors()), names(e.targets()),
                            e.place() == null ? "" : e.place(), e.negated(), e.modality(),
                            e.sources().stream().map(TimelineEntry.Source::articleId).distinct().collect(Collectors.joining(" "))));
                }
            }
            p.flush();
        }
        return 0;
    }

    /** "France joined US-led coalition", "Sergey Lavrov will visit Italy". */
    static String describe(TimelineEntry e) {
        return EventPhrases.describe(e.type(), e.actors().stream().map(TimelineEntry.Party::name).toList(),
                e.targets().stream().map(TimelineEntry.Party::name).toList(), e.place(), e.negated(), e.modality());
    }

    static String names(List<TimelineEntry.Party> parties) {
        return parties.stream().map(TimelineEntry.Party::name).distinct().collect(Collectors.joining(", "));
    }
}
