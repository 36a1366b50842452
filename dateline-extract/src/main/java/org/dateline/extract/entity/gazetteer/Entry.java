package org.dateline.extract.entity.gazetteer;

import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.MentionKind;

/**
 * One written form of one known name, as the matcher sees it.
 *
 * @param units      the form's units, folded but in their case ("U.S.", "Guinea", "-", "Bissau")
 * @param canonical  the canonical name ("United States", "Italy" for "Italian")
 * @param category   what list it comes from; decides priority and context rules
 * @param kind       NAME, ACRONYM or DEMONYM
 * @param casing     how the text's case must agree with the form's
 * @param confidence the confidence reported with a match
 * @param firstName  whether the form is also an English first name ("Jordan", "Chad", "Florence")
 * @param letters    how many letters the form has (a capitalized form needs four to be matched in capitals)
 */
record Entry(List<String> units, String canonical, Category category, MentionKind kind, Casing casing,
             double confidence, boolean firstName, int letters) {

    Entry {
        units = List.copyOf(units);
    }

    /** Lists in priority order: on the same words an organization wins over a country, a country over a city. */
    enum Category {
        ORGANIZATION, COUNTRY, WORLD_REGION, DEMONYM, CAPITAL, REGION, CITY;

        EntityType type() {
            return this == ORGANIZATION ? EntityType.ORGANIZATION : EntityType.LOCATION;
        }
    }

    enum Casing {
        /** Acronyms: exactly as listed ("US" but never "us" or "Us"). */
        EXACT,
        /**
         * Names: each unit as listed, or in all caps when the form has four letters or more ("ROME", "UNITED
         * STATES"), and a lower-case small word may be capitalized ("Dar Es Salaam", "Al-Qaeda").
         */
        NAME,
        /**
         * Multi-word organization names: the first unit as for NAME, the others in any case, because translated
         * text lower-cases words at random ("UN security Council", "Islamic state").
         */
        ORGANIZATION
    }

    int length() {
        return units.size();
    }
}
