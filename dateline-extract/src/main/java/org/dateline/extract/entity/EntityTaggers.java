package org.dateline.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The name taggers entities are built from, most trusted first, and the capital-to-country lookup that
 * resolves metonymy.
 *
 * @param taggers          name taggers; on spans of equal length the earlier one wins
 * @param countryOfCapital the country a capital is the capital of ("Moscow" → "Russia")
 */
public record EntityTaggers(List<NameTagger> taggers, Function<String, Optional<String>> countryOfCapital) {

    public EntityTaggers {
        taggers = List.copyOf(taggers);
    }

    /** No taggers: entities come from the dateline alone. For measuring the other layers without names. */
    public static EntityTaggers none() {
        return new EntityTaggers(List.of(), city -> Optional.empty());
    }

    /** The standard taggers shipped with Dateline. */
    public static EntityTaggers standard() {
        return none();
    }
}
