package org.dateline.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.extract.entity.gazetteer.GazetteerTagger;
import org.dateline.extract.entity.perceptron.PerceptronNameTagger;

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

    /** The standard taggers shipped with Dateline: the gazetteer first (it knows canonical names), then the averaged-perceptron model. */
    public static EntityTaggers standard() {
        return standardWith(PerceptronNameTagger.standard());
    }

    /** The standard taggers with another name model (to measure a newly trained one before it ships). */
    public static EntityTaggers standardWith(NameTagger model) {
        GazetteerTagger gazetteer = GazetteerTagger.load();
        return withLookups(List.of(gazetteer, model), gazetteer);
    }

    /** The gazetteer alone, for measuring what it adds. */
    public static EntityTaggers gazetteerOnly() {
        GazetteerTagger gazetteer = GazetteerTagger.load();
        return withLookups(List.of(gazetteer), gazetteer);
    }

    /** The statistical model alone (capitals and acronyms still looked up), for measuring what it adds. */
    public static EntityTaggers modelOnly() {
        return withLookups(List.of(PerceptronNameTagger.standard()), GazetteerTagger.load());
    }

    private static EntityTaggers withLookups(List<NameTagger> taggers, GazetteerTagger lookups) {
        return new EntityTaggers(taggers, lookups::countryOfCapital, lookups::acronymsOf);
    }
}
