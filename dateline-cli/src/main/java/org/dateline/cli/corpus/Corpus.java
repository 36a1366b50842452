package org.dateline.cli.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Dossier;
import org.dateline.store.ArticleStore;
import org.dateline.store.LuceneArticleStore;
import org.dateline.store.StoredCorpus;

/**
 * A store opened for questions, with its corpus analysis (dossiers, stories, timeline) loaded once. The analysis is
 * what ingest computed; when the store changed since, it is computed again here and said so.
 */
final class Corpus implements AutoCloseable {

    final ArticleStore store;
    final CorpusAnalysis analysis;
    private Map<String, ArticleFacts> facts;

    private Corpus(ArticleStore store, CorpusAnalysis analysis) {
        this.store = store;
        this.analysis = analysis;
    }

    static Corpus open(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException(data + ": no store here (run ./dateline ingest PATH... --data " + data + " first)");
        }
        ArticleStore store = LuceneArticleStore.openReadOnly(data);
        try {
            CorpusAnalysis analysis = StoredCorpus.isCurrent(store) ? StoredCorpus.analysis(store).orElseThrow()
                    : org.dateline.corpus.CorpusAnalyzer.analyse(StoredCorpus.facts(store), StoredCorpus.splits(store));
            return new Corpus(store, analysis);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Every article's facts by id (loaded on first use). */
    Map<String, ArticleFacts> facts() throws IOException {
        if (facts == null) {
            facts = new HashMap<>();
            for (ArticleFacts f : StoredCorpus.facts(store)) {
                facts.put(f.id(), analysis.date(f.id()).map(d -> d.applyTo(f)).orElse(f));
            }
        }
        return facts;
    }

    /**
     * The dossiers a name denotes, best first: an exact name or alias before a partial one, then the most mentioned.
     *
     * @throws IllegalArgumentException when none does
     */
    List<Dossier> dossiers(String name) {
        List<Dossier> found = new ArrayList<>(analysis.findDossiers(name));
        if (found.isEmpty()) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Dossier d : analysis.dossiers()) {
                if (d.name().toLowerCase(Locale.ROOT).contains(lower)) {
                    found.add(d);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no entity called '" + name + "' in the store");
        }
        found.sort(Comparator.comparingInt(Dossier::mentions).reversed());
        return found;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
