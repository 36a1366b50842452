package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusAnalyzer;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EntityRef;
import org.dateline.corpus.ResolvedDate;
import org.dateline.corpus.Split;
import org.dateline.corpus.Story;
import org.dateline.model.MentionKind;

/**
 * Where the store meets the corpus analysis: an extraction's facts as JSON, the names search indexes from them,
 * and the analysis of every stored article turned into each article's {@link CorpusLinks}.
 */
final class CorpusBridge {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private CorpusBridge() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusAnalysis analysis(String json) {
        try {
            return JSON.readValue(json, CorpusAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the stored corpus analysis cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static ArticleFacts facts(String json) {
        try {
            return JSON.readValue(json, ArticleFacts.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored facts cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The entities as search indexes them: canonical name, type, and the aliases that are names or acronyms. */
    static List<StoredArticle.EntityName> entityNames(ArticleFacts facts) {
        List<StoredArticle.EntityName> names = new ArrayList<>(facts.entities().size());
        for (ArticleFacts.EntityFact entity : facts.entities()) {
            List<String> aliases = new ArrayList<>();
            for (ArticleFacts.Alias alias : entity.aliases()) {
                if (alias.kind() == MentionKind.NAME || alias.kind() == MentionKind.ACRONYM) {
                    aliases.add(alias.text());
                }
            }
            names.add(new StoredArticle.EntityName(entity.name(), entity.type(), aliases));
        }
        return names;
    }

    /**
     * The corpus analysis of these articles and what it says of each one.
     *
     * @param json  the analysis as stored
     * @param links every article's stories, dossiers and lent date
     */
    record Analysis(String json, Map<String, CorpusLinks> links) {
    }

    /**
     * Analyses the articles that are not near-duplicates ({@link CorpusAnalyzer}); a near-duplicate shares its
     * original's stories, dossiers (by entity name) and lent date, without counting as an article of its own.
     *
     * @param splits the analyst's corrections: merges to undo
     */
    static Analysis analyse(List<StoredFacts> stored, Collection<Split> splits) {
        Map<String, ArticleFacts> originals = new HashMap<>();
        List<StoredFacts> duplicates = new ArrayList<>();
        for (StoredFacts s : stored) {
            if (s.duplicateOf() == null) {
                originals.put(s.id(), facts(s.factsJson()));
            } else {
                duplicates.add(s);
            }
        }
        CorpusAnalysis analysis = CorpusAnalyzer.analyse(new ArrayList<>(originals.values()), splits);

        Map<String, List<String>> storiesOf = new HashMap<>();
        for (Story story : analysis.stories()) {
            for (String id : story.articleIds()) {
                storiesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(story.id());
            }
        }
        Map<String, List<CorpusLinks.DossierLink>> dossiersOf = new HashMap<>();
        for (Dossier dossier : analysis.dossiers()) {
            List<String> aliases = names(dossier.aliases());
            for (EntityRef member : dossier.members()) {
                ArticleFacts facts = originals.get(member.articleId());
                ArticleFacts.EntityFact entity = facts == null ? null : facts.entity(member.entityId());
                if (entity != null) {
                    dossiersOf.computeIfAbsent(member.articleId(), k -> new ArrayList<>())
                            .add(new CorpusLinks.DossierLink(entity.name(), dossier.id(), dossier.name(), aliases));
                }
            }
        }
        Map<String, String> lentDates = new HashMap<>();
        for (ResolvedDate date : analysis.dates()) {
            ArticleFacts facts = originals.get(date.articleId());
            if (facts != null && date.value() != null && !date.value().equals(facts.documentDate().value())) {
                lentDates.put(date.articleId(), date.value());
            }
        }
        Map<String, CorpusLinks> links = new HashMap<>();
        for (String id : originals.keySet()) {
            links.put(id, new CorpusLinks(storiesOf.getOrDefault(id, List.of()), dossiersOf.getOrDefault(id, List.of()),
                    lentDates.get(id)));
        }
        for (StoredFacts duplicate : duplicates) {
            CorpusLinks original = links.getOrDefault(duplicate.duplicateOf(), CorpusLinks.NONE);
            Set<String> names = new LinkedHashSet<>();
            facts(duplicate.factsJson()).entities().forEach(e -> names.add(e.name()));
            List<CorpusLinks.DossierLink> shared = original.dossiers().stream()
                    .filter(link -> names.contains(link.entityName())).toList();
            links.put(duplicate.id(), new CorpusLinks(original.stories(), shared, original.documentDate()));
        }
        return new Analysis(json(analysis), links);
    }

    /** Names and acronyms, not descriptions ("the Minister"): what an entity filter may match. */
    private static List<String> names(List<String> aliases) {
        List<String> names = new ArrayList<>();
        for (String alias : aliases) {
            if (!alias.isEmpty() && Character.isUpperCase(alias.codePointAt(0)) && !alias.startsWith("The ")) {
                names.add(alias);
            }
        }
        return names;
    }
}
