package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.model.Article;

/** Keeps what a read produced, in order, for assertions. */
final class CollectingSink implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    /** Articles (by id) and errors (as printed), interleaved as they arrived. */
    final List<String> events = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
        events.add("article " + article.id());
    }

    @Override
    public void error(InputError error) {
        errors.add(error.toString());
        events.add("error " + error);
    }

    Article only() {
        if (articles.size() != 1 || !errors.isEmpty()) {
            throw new AssertionError("expected exactly one article and no error, got " + events);
        }
        return articles.get(0);
    }

    /** Reads the paths with the default limit and no standard input. */
    static CollectingSink read(String... paths) {
        return readWith(new ReadOptions(ReadOptions.DEFAULT_MAX_ARTICLE_BYTES, InputStream.nullInputStream()), paths);
    }

    static CollectingSink read(Path... paths) {
        return read(Arrays.stream(paths).map(Path::toString).toArray(String[]::new));
    }

    static CollectingSink readStdin(byte[] stdin, String... paths) {
        return readWith(new ReadOptions(ReadOptions.DEFAULT_MAX_ARTICLE_BYTES, new ByteArrayInputStream(stdin)), paths);
    }

    static CollectingSink readWith(ReadOptions options, String... paths) {
        CollectingSink sink = new CollectingSink();
        new ArticleReader(options).read(List.of(paths), sink);
        return sink;
    }
}
