package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything known across the articles of a corpus, from {@link CorpusAnalyzer#analyse}.
 *
 * <p>The lookups scan their list (linear time): fine for a command-line question; index the lists yourself for
 * many lookups.
 *
 * @param dossiers the people, organizations and places, most widely reported first
 * @param stories  the stories, in order of their first dates ("s1", "s2", ...)
 * @param timeline dated events of every article, merged across articles, in date order
 * @param dates    every article's resolved document date, in article id order
 */
public record CorpusAnalysis(List<Dossier> dossiers, List<Story> stories, List<TimelineEntry> timeline,
                             List<ResolvedDate> dates) {

    public CorpusAnalysis {
        dossiers = List.copyOf(dossiers);
        stories = List.copyOf(stories);
        timeline = List.copyOf(timeline);
        dates = List.copyOf(dates);
    }

    public Optional<Dossier> dossier(String id) {
        return dossiers.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The dossier an article's entity was resolved to. */
    public Optional<Dossier> dossierOf(String articleId, String entityId) {
        EntityRef ref = new EntityRef(articleId, entityId);
        return dossiers.stream().filter(d -> d.members().contains(ref)).findFirst();
    }

    /**
     * The dossiers a name may mean: those whose name or an alias is that name (compared as entity resolution
     * compares names: "lavrov" finds "Sergey Lavrov" through its alias "Lavrov"), most widely reported first.
     */
    public List<Dossier> findDossiers(String name) {
        String wanted = Names.normalize(name);
        List<Dossier> out = new ArrayList<>();
        for (Dossier d : dossiers) {
            if (Names.normalize(d.name()).equals(wanted) || d.aliases().stream().anyMatch(a -> Names.normalize(a).equals(wanted))) {
                out.add(d);
            }
        }
        return out;
    }

    public Optional<Story> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Story> storyOf(String articleId) {
        return stories.stream().filter(s -> s.articleIds().contains(articleId)).findFirst();
    }

    public Optional<ResolvedDate> date(String articleId) {
        return dates.stream().filter(d -> d.articleId().equals(articleId)).findFirst();
    }

    /** The timeline entries the filter keeps, in date order. */
    public List<TimelineEntry> timeline(TimelineFilter filter) {
        return TimelineBuilder.filter(timeline, filter);
    }

    /** The quotes a dossier's members said, from the given articles, in article id then text order. */
    public List<SourcedQuote> quotes(String dossierId, Collection<ArticleFacts> articles) {
        Set<EntityRef> members = new HashSet<>(dossier(dossierId).map(Dossier::members).orElse(List.of()));
        List<SourcedQuote> out = new ArrayList<>();
        for (ArticleFacts a : EntityResolver.sortedById(new ArrayList<>(articles))) {
            for (ArticleFacts.QuoteFact q : a.quotes()) {
                if (q.speakerId() != null && members.contains(new EntityRef(a.id(), q.speakerId()))) {
                    out.add(new SourcedQuote(a.id(), q));
                }
            }
        }
        return out;
    }

    /**
     * A quote and the article it is from.
     *
     * @param articleId the article
     * @param quote     the quote
     */
    public record SourcedQuote(String articleId, ArticleFacts.QuoteFact quote) {
    }
}
