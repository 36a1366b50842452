package org.dateline.corpus;

/**
 * An analyst's correction that undoes a merge: this article's entity is not the dossier's entity.
 *
 * <p>A split is read against the dossiers computed <em>without any split</em> (the ids an analyst saw before
 * correcting anything): the entity must not end up with any other member of that dossier, whatever evidence
 * would join them. It becomes a dossier of its own, or joins whatever else it matches outside the dossier.
 * A split naming a dossier or an entity that no longer exists (the corpus changed) is ignored.
 *
 * @param dossierId the dossier it was wrongly merged into
 * @param articleId the article
 * @param entityId  the entity within that article
 */
public record Split(String dossierId, String articleId, String entityId) {

    public Split {
        if (dossierId == null || articleId == null || entityId == null) {
            throw new IllegalArgumentException("a split needs a dossier, an article and an entity: " + dossierId + ", " + articleId + ", " + entityId);
        }
    }

    public static Split of(String dossierId, EntityRef member) {
        return new Split(dossierId, member.articleId(), member.entityId());
    }

    /** The article entity this split detaches. */
    public EntityRef member() {
        return new EntityRef(articleId, entityId);
    }
}
