package org.dateline.model;

import java.util.List;

/**
 * A person, organization, place or other named thing of one article, with every way the article refers to it.
 *
 * @param id       identifier unique within the article ("e1", "e2", ...)
 * @param type     what it is
 * @param name     the canonical name: the fullest proper name the article uses ("Sergey Lavrov")
 * @param aliases  every other distinct way the article names or refers to it ("Lavrov", "the Minister")
 * @param mentions every mention, in text order
 * @param roles    roles and affiliations the article gives it ("Minister of Foreign Affairs of the Russian Federation")
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions, List<String> roles) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
