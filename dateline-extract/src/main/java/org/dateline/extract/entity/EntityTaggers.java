package org.dateline.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The name taggers entities are built from, most trusted first, and what a knowledge source knows beyond the
 * text: which country a capital stands for, and the acronyms of an organization.
 *
 * @param taggers          name taggers; on spans of equal length the earlier one wins
 * @param countryOfCapital the country a capital is the capital of ("Moscow" → "Russia")
 * @param acronymsOf       the acronyms of an organization by its canonical name ("Islamic State" → IS, ISIS, ISIL)
 */
public record EntityTaggers(List<NameTagger> taggers, Function<String, Optional<String>> countryOfCapital,
                            Function<String, Set<String>> acronymsOf) {

    public EntityTaggers {
        taggers = List.copyOf(taggers);
    }

    /** No taggers: entities come from the dateline alone. For measuring the other layers without names. */
    public static EntityTaggers none() {
        return new EntityTaggers(List.of(), city -> Optional.empty(), org -> Set.of());
    }

    /** The standard taggers shipped with Dateline. */
    public static EntityTaggers standard() {
        return none();
    }
}
