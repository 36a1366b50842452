package org.dateline.corpus;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * One person, organization or place across the corpus: every article entity resolved to it, and why.
 *
 * @param id         stable, readable id: the slug of the canonical name ("sergey-lavrov"), "-2", "-3" ... when
 *                   different dossiers share a name (the one with more articles keeps the plain slug)
 * @param type       the type most of its members have
 * @param name       the fullest canonical name its members use ("Sergey Lavrov", not "Lavrov")
 * @param aliases    every other name, acronym and description its members use, most used first
 * @param roles      roles its articles give it, most used first
 * @param articleIds the articles that mention it, sorted
 * @param members    the article entities resolved to it, sorted
 * @param mentions   how many times the corpus refers to it
 * @param merges     why the members are one: one link per member but the first, in the order they were joined
 */
public record Dossier(String id, EntityType type, String name, List<String> aliases, List<String> roles,
                      List<String> articleIds, List<EntityRef> members, int mentions, List<Merge> merges) {

    public Dossier {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        articleIds = List.copyOf(articleIds);
        members = List.copyOf(members);
        merges = List.copyOf(merges);
    }

    /**
     * The evidence that joined two article entities.
     *
     * @param left     the entity already in the dossier (or in the group being joined)
     * @param right    the entity joined to it
     * @param rule     which rule joined them: {@code name}, {@code acronym}, {@code name-variant+context},
     *                 {@code short-form}, {@code short-form+context}, {@code surname}, {@code surname+context}
     *                 (see {@link EntityResolver})
     * @param evidence what they share, in words: "both are named \"Sergey Lavrov\""
     */
    public record Merge(EntityRef left, EntityRef right, String rule, String evidence) {
    }
}
