package org.dateline.corpus;

/**
 * One entity of one article: the unit that entity resolution groups into dossiers.
 *
 * @param articleId the article's id
 * @param entityId  the entity's id within that article ("e1")
 */
public record EntityRef(String articleId, String entityId) implements Comparable<EntityRef> {

    public EntityRef {
        if (articleId == null || entityId == null) {
            throw new IllegalArgumentException("entity reference needs an article id and an entity id: " + articleId + "/" + entityId);
        }
    }

    @Override
    public int compareTo(EntityRef o) {
        int c = articleId.compareTo(o.articleId);
        return c != 0 ? c : entityId.compareTo(o.entityId);
    }

    @Override
    public String toString() {
        return articleId + "/" + entityId;
    }
}
