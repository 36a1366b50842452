package org.dateline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Article;

/**
 * Makes as many articles as wanted from a small corpus, for benchmarks and tests of scale: each one opens with
 * the lead (dateline) paragraph of a real article, under that article's title with a number, and goes on with
 * three to six paragraphs drawn from any article. Deterministic for a seed. Two made articles rarely share more
 * than one paragraph, so few are near-duplicates of each other.
 */
final class Recombiner {

    private final List<Article> articles;
    private final List<String> paragraphs = new ArrayList<>();
    private final Random random;

    Recombiner(List<Article> articles, long seed) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to recombine");
        }
        this.articles = List.copyOf(articles);
        for (Article a : articles) {
            List<String> own = paragraphs(a);
            paragraphs.addAll(own.subList(Math.min(1, own.size()), own.size()));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.addAll(articles.stream().map(Article::text).toList());
        }
        this.random = new Random(seed);
    }

    /** Reads the articles under a path (a directory, as {@code ./dateline extract} would). */
    static Recombiner of(Path corpus, long seed) {
        ReadResult read = new ArticleReader(ReadOptions.defaults()).readAll(List.of(corpus.toString()));
        if (!read.errors().isEmpty()) {
            throw new IllegalArgumentException("cannot read " + corpus + ": " + read.errors().get(0));
        }
        return new Recombiner(read.articles(), seed);
    }

    /** The next {@code count} made articles, numbered from {@code first}. */
    List<Article> next(int first, int count) {
        List<Article> made = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            Article lead = articles.get(random.nextInt(articles.size()));
            List<String> body = new ArrayList<>();
            body.add(paragraphs(lead).get(0));
            int more = 3 + random.nextInt(4);
            for (int i = 0; i < more; i++) {
                body.add(paragraphs.get(random.nextInt(paragraphs.size())));
            }
            Map<String, Object> extra = new HashMap<>();
            extra.put("recombined_from", lead.id());
            made.add(new Article("made-" + n, lead.title() + " (" + n + ")", String.join("\n\n", body),
                    lead.published(), "recombined/" + lead.source(), null, extra));
        }
        return made;
    }

    private static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        for (String p : a.text().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
