package org.dateline.cli.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EntityRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline quotes --speaker NAME [--about NAME]}: what someone said, across articles. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "What an entity said across the stored articles, optionally about another.")
public final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Option(names = "--speaker", paramLabel = "NAME", required = true, description = "Who said it (any of its names).")
    String speaker;

    @Option(names = "--about", paramLabel = "NAME", description = "Only quotes that mention this entity.")
    String about;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(options.data)) {
            Dossier who = corpus.dossiers(speaker).get(0);
            Map<String, ArticleFacts> facts = corpus.facts();
            List<CorpusAnalysis.SourcedQuote> quotes = new ArrayList<>(corpus.analysis.quotes(who.id(), facts.values()));
            if (about != null) {
                Set<EntityRef> members = Set.copyOf(corpus.dossiers(about).get(0).members());
                quotes.removeIf(q -> q.quote().about().stream().noneMatch(e -> members.contains(new EntityRef(q.articleId(), e))));
            }
            Printer p = new Printer(spec.commandLine().getOut(), options.format);
            if (p.text()) {
                p.line(who.name() + ": " + quotes.size() + " quotes");
                for (CorpusAnalysis.SourcedQuote q : quotes) {
                    ArticleFacts a = facts.get(q.articleId());
                    String date = a == null || a.documentDate() == null || a.documentDate().value() == null ? "undated" : a.documentDate().value();
                    p.line(String.format(Locale.ROOT, "  %-10s %s %s", date, q.quote().direct() ? "“" + q.quote().text() + "”" : q.quote().text(),
                            "[" + q.articleId() + "]"));
                }
            } else {
                p.header(List.of("speaker", "article", "direct", "text"));
                for (CorpusAnalysis.SourcedQuote q : quotes) {
                    p.record(q, List.of(who.name(), q.articleId(), q.quote().direct(), q.quote().text()));
                }
            }
            p.flush();
        }
        return 0;
    }
}
