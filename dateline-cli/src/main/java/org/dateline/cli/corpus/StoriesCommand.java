package org.dateline.cli.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline stories}: the story threads of the store. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Story threads: articles about the same developing story, with a title and a time span.")
public final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Option(names = "--all", description = "Also stories of a single article.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(options.data)) {
            Map<String, ArticleFacts> facts = corpus.facts();
            List<Story> stories = corpus.analysis.stories().stream().filter(s -> all || s.articleIds().size() > 1).toList();
            Printer p = new Printer(spec.commandLine().getOut(), options.format);
            if (p.text()) {
                for (Story s : stories) {
                    p.line(String.format(Locale.ROOT, "%s  %s  (%d articles, %s)", s.id(), s.title(), s.articleIds().size(),
                            s.first() == null ? "undated" : s.first() + " to " + s.last()));
                    if (!s.keyEntities().isEmpty()) {
                        p.line("      about  " + s.keyEntities().stream().limit(6).map(Story.KeyEntity::name).collect(Collectors.joining(", ")));
                    }
                    for (String id : s.articleIds()) {
                        ArticleFacts a = facts.get(id);
                        String date = a == null || a.documentDate() == null || a.documentDate().value() == null ? "undated" : a.documentDate().value();
                        p.line(String.format(Locale.ROOT, "      %-10s  %s", date, a == null ? id : a.title()));
                    }
                }
            } else {
                p.header(List.of("story", "title", "articles", "first", "last", "article_ids"));
                for (Story s : stories) {
                    p.record(s, List.of(s.id(), s.title(), s.articleIds().size(), s.first(), s.last(), String.join(" ", s.articleIds())));
                }
            }
            p.flush();
        }
        return 0;
    }
}
