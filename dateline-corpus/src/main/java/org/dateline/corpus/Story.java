package org.dateline.corpus;

import java.util.List;

/**
 * Articles about one developing story: a preview of a visit, the report of its outcome, the follow-ups.
 *
 * @param id          "s1", "s2", ... in the order of the stories' first dates (stories whose year is unknown, then
 *                    undated ones, last); stable for a given corpus, whatever order its articles came in
 * @param title       the title of its most central article (the one naming most of its key entities; the latest
 *                    when several do)
 * @param articleIds  its articles, by date (the resolved date: see {@link CorpusYears}), then id; undated last
 * @param first       its first day, ISO, or null when no article has a known date
 * @param last        its last day, ISO, or null
 * @param keyEntities the people and organizations it is about, most reported first (at most five)
 * @param links       why its articles are one story: one link per article but the first, in the order they joined
 */
public record Story(String id, String title, List<String> articleIds, String first, String last,
                    List<KeyEntity> keyEntities, List<Link> links) {

    public Story {
        articleIds = List.copyOf(articleIds);
        keyEntities = List.copyOf(keyEntities);
        links = List.copyOf(links);
    }

    /**
     * A person or organization a story is about.
     *
     * @param dossierId its dossier
     * @param name      its canonical name
     * @param articles  how many of the story's articles mention it
     */
    public record KeyEntity(String dossierId, String name, int articles) {
    }

    /**
     * The evidence that put two articles in one story.
     *
     * @param from   one article of the story
     * @param to     another, joined to it by this link
     * @param reason what they share, in words: "both lead with Sergey Lavrov, Islamic State; dated 2 days apart"
     */
    public record Link(String from, String to, String reason) {
    }
}
