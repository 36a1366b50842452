package org.dateline.store;

import java.util.List;
import java.util.Objects;

/**
 * What the corpus analysis says of one article, kept with it so that search can filter and count by it.
 *
 * @param stories      ids of the stories it belongs to
 * @param dossiers     the dossiers its entities were resolved to
 * @param documentDate a document date lent by its story (TIMEX3 value) when its own text could not fix one, or null
 */
public record CorpusLinks(List<String> stories, List<DossierLink> dossiers, String documentDate) {

    /** No analysis yet. */
    public static final CorpusLinks NONE = new CorpusLinks(List.of(), List.of(), null);

    public CorpusLinks {
        stories = stories == null ? List.of() : List.copyOf(stories);
        dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
    }

    /**
     * One of the article's entities, resolved to a dossier.
     *
     * @param entityName the entity's canonical name in the article ("Lavrov")
     * @param dossierId  the dossier's id ("sergey-lavrov")
     * @param name       the dossier's name ("Sergey Lavrov")
     * @param aliases    every other name the dossier goes by across the corpus
     */
    public record DossierLink(String entityName, String dossierId, String name, List<String> aliases) {
        public DossierLink {
            Objects.requireNonNull(entityName, "entityName");
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
