package org.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusAnalyzer;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EntityRef;
import org.dateline.corpus.ResolvedDate;
import org.dateline.corpus.Story;
import org.dateline.store.ArticleStore;
import org.dateline.store.StoredCorpus;

/**
 * One immutable snapshot of the corpus layer as the server answers from it: the analysis (dossiers, stories,
 * timeline), every article's facts with the dates its story lent it, and indexes by id. The server swaps in a new
 * snapshot after each ingest, so a request reads one consistent corpus without locks.
 */
final class CorpusView {

    final CorpusAnalysis analysis;
    /** Facts of every article that is not a near-duplicate, with resolved dates, by article id. */
    final Map<String, ArticleFacts> facts;
    final Map<String, Dossier> dossiers;
    final Map<String, Story> stories;
    final Map<EntityRef, Dossier> byMember;
    final Map<String, List<Dossier>> dossiersOfArticle;
    final Map<String, Story> storyOfArticle;
    final Map<String, ResolvedDate> dates;
    /** Dossiers by canonical name, the most widely reported of a name (what search facets name). */
    final Map<String, Dossier> byName;
    /** Whether the analysis was stored for the current store generation (else it was computed here). */
    final boolean stored;

    private CorpusView(CorpusAnalysis analysis, Map<String, ArticleFacts> facts, boolean stored) {
        this.analysis = analysis;
        this.facts = Collections.unmodifiableMap(facts);
        this.stored = stored;
        Map<String, Dossier> d = new LinkedHashMap<>();
        Map<String, Dossier> names = new HashMap<>();
        Map<EntityRef, Dossier> members = new HashMap<>();
        Map<String, List<Dossier>> ofArticle = new HashMap<>();
        for (Dossier dossier : analysis.dossiers()) {
            d.put(dossier.id(), dossier);
            names.putIfAbsent(dossier.name(), dossier);
            for (EntityRef m : dossier.members()) {
                members.put(m, dossier);
            }
            for (String a : dossier.articleIds()) {
                ofArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(dossier);
            }
        }
        Map<String, Story> s = new LinkedHashMap<>();
        Map<String, Story> storyOf = new HashMap<>();
        for (Story story : analysis.stories()) {
            s.put(story.id(), story);
            for (String a : story.articleIds()) {
                storyOf.putIfAbsent(a, story);
            }
        }
        Map<String, ResolvedDate> resolved = new HashMap<>();
        for (ResolvedDate r : analysis.dates()) {
            resolved.put(r.articleId(), r);
        }
        this.dossiers = Collections.unmodifiableMap(d);
        this.byName = Collections.unmodifiableMap(names);
        this.byMember = Collections.unmodifiableMap(members);
        this.dossiersOfArticle = Collections.unmodifiableMap(ofArticle);
        this.stories = Collections.unmodifiableMap(s);
        this.storyOfArticle = Collections.unmodifiableMap(storyOf);
        this.dates = Collections.unmodifiableMap(resolved);
    }

    /**
     * The store's corpus: its stored analysis when that is current, else one computed here from the stored facts (as
     * the command line's questions do).
     */
    static CorpusView load(ArticleStore store) throws IOException {
        List<ArticleFacts> raw = StoredCorpus.facts(store);
        boolean current = StoredCorpus.isCurrent(store);
        Optional<CorpusAnalysis> stored = current ? StoredCorpus.analysis(store) : Optional.empty();
        CorpusAnalysis analysis = stored.isPresent() ? stored.get() : CorpusAnalyzer.analyse(raw, StoredCorpus.splits(store));
        Map<String, ResolvedDate> dates = new HashMap<>();
        analysis.dates().forEach(r -> dates.put(r.articleId(), r));
        Map<String, ArticleFacts> facts = new HashMap<>();
        for (ArticleFacts f : raw) {
            ResolvedDate r = dates.get(f.id());
            facts.put(f.id(), r == null ? f : r.applyTo(f));
        }
        return new CorpusView(analysis, facts, stored.isPresent());
    }

    Optional<Dossier> dossier(String id) {
        return Optional.ofNullable(dossiers.get(id));
    }

    Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    /**
     * The dossiers a name denotes, best first, as {@code ./dateline entity NAME} finds them: a name or alias equal to
     * it (without case, accents, dots or a leading "the"), else a canonical name containing it; then the most
     * mentioned first.
     */
    List<Dossier> find(String name) {
        List<Dossier> found = new ArrayList<>(analysis.findDossiers(name));
        if (found.isEmpty()) {
            String lower = name.toLowerCase(Locale.ROOT).strip();
            if (!lower.isEmpty()) {
                for (Dossier d : analysis.dossiers()) {
                    if (d.name().toLowerCase(Locale.ROOT).contains(lower)) {
                        found.add(d);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Dossier::mentions).reversed());
        return found;
    }

    /** The title of an article, or its id when the corpus has no facts of it. */
    String title(String articleId) {
        ArticleFacts f = facts.get(articleId);
        return f == null ? articleId : f.title();
    }

    /** The resolved document date of an article (TIMEX3 value), or null. */
    String date(String articleId) {
        ArticleFacts f = facts.get(articleId);
        return f == null || f.documentDate() == null ? null : f.documentDate().value();
    }
}
