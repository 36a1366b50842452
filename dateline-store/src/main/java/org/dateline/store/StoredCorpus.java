package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Split;

/**
 * The corpus layer's view of a store, for the questions asked across articles (dossiers, quotes, timelines,
 * stories): the stored {@link CorpusAnalysis}, the articles' {@link ArticleFacts}, and the analyst's {@link Split}s,
 * which the next analysis ({@link Ingestor#analyse}) honours.
 */
public final class StoredCorpus {

    /** The name of the document that keeps the splits. */
    static final String SPLITS = "splits";

    private StoredCorpus() {
    }

    /** The latest stored analysis, or empty before the first one. Check {@link #isCurrent} to know whether it is stale. */
    public static Optional<CorpusAnalysis> analysis(ArticleStore store) throws IOException {
        Optional<ArticleStore.StoredAnalysis> stored = store.analysis();
        return stored.map(a -> CorpusBridge.analysis(a.json()));
    }

    /** Whether the stored analysis covers every stored article (false when there is none but there are articles). */
    public static boolean isCurrent(ArticleStore store) throws IOException {
        Optional<ArticleStore.StoredAnalysis> stored = store.analysis();
        return stored.isPresent() ? stored.get().generation() == store.generation() : store.count() == 0;
    }

    /** The facts of every stored article that is not a near-duplicate: what the analysis was computed from. */
    public static List<ArticleFacts> facts(ArticleStore store) throws IOException {
        List<ArticleFacts> facts = new ArrayList<>();
        store.forEachFacts(f -> {
            if (f.duplicateOf() == null) {
                facts.add(CorpusBridge.facts(f.factsJson()));
            }
        });
        return facts;
    }

    /** The facts of one stored article. */
    public static ArticleFacts facts(StoredArticle article) {
        return CorpusBridge.facts(article.factsJson());
    }

    /** The merges the analyst undid. */
    public static List<Split> splits(ArticleStore store) throws IOException {
        Optional<String> json = store.document(SPLITS);
        if (json.isEmpty()) {
            return List.of();
        }
        try {
            return CorpusBridge.JSON.readValue(json.get(), new TypeReference<List<Split>>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the stored splits cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Keeps a split (an article entity that is not the dossier's entity); it takes effect at the next analysis.
     *
     * @return false when the same split was kept already
     */
    public static boolean addSplit(ArticleStore store, Split split) throws IOException {
        Set<Split> splits = new LinkedHashSet<>(splits(store));
        if (!splits.add(split)) {
            return false;
        }
        store.putDocument(SPLITS, CorpusBridge.json(new ArrayList<>(splits)));
        return true;
    }

    /**
     * Drops a split kept before; it takes effect at the next analysis.
     *
     * @return false when there was no such split
     */
    public static boolean removeSplit(ArticleStore store, Split split) throws IOException {
        List<Split> splits = new ArrayList<>(splits(store));
        if (!splits.remove(split)) {
            return false;
        }
        store.putDocument(SPLITS, CorpusBridge.json(splits));
        return true;
    }
}
