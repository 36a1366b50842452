package org.dateline.ingest;

import java.io.InputStream;
import java.util.Objects;

/**
 * How an {@link ArticleReader} reads its inputs.
 *
 * @param maxArticleBytes the largest article accepted, counted in bytes of input: the whole file for plain
 *                        text and HTML, one line for JSON Lines. A larger article is reported as an
 *                        {@link InputError} without being read into memory.
 * @param stdin           what the path {@code "-"} reads; the reader never closes it
 */
public record ReadOptions(long maxArticleBytes, InputStream stdin) {

    /** 5 MiB: far above any real news article, low enough to stop a stray log file or dump. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    /** The largest byte array the JVM can allocate, which bounds what one article can be read into. */
    static final long LARGEST_ARTICLE_BYTES = Integer.MAX_VALUE - 8;

    public ReadOptions {
        if (maxArticleBytes <= 0 || maxArticleBytes > LARGEST_ARTICLE_BYTES) {
            throw new IllegalArgumentException("maxArticleBytes must be between 1 and " + LARGEST_ARTICLE_BYTES
                    + ", was " + maxArticleBytes);
        }
        Objects.requireNonNull(stdin, "stdin");
    }

    /** @return a 5 MiB limit, reading {@code "-"} from {@link System#in} */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_ARTICLE_BYTES, System.in);
    }
}
