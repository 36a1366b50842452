package org.dateline.model;

/**
 * What an entity is. PERSON, ORGANIZATION and LOCATION are the core types; NORP covers nationality, religious
 * and political groups named by adjectives ("Italian", "Sunni"); MISC covers other names (operations,
 * treaties, summits: "Inherent Resolve", "UN Charter").
 */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, NORP, MISC
}
