package org.dateline.extract.entity.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTaggerTest {

    private static GazetteerTagger tagger;
    private final Segmenter segmenter = new Segmenter();

    @BeforeAll
    static void load() {
        tagger = GazetteerTagger.load();
    }

    private List<NameSpan> tag(String text) {
        return tagger.tag(text, Field.BODY, segmenter.segment(text, Field.BODY).sentences());
    }

    private List<String> described(String text) {
        return tag(text).stream().map(n -> n.text() + "=" + n.type() + "/" + n.kind() + "/" + n.canonical()).toList();
    }

    @Test
    void countriesByNameAcronymAndDemonymCarryTheirCanonicalName() {
        assertThat(described("The U.S. and Britain backed the Italian plan, the USA said."))
                .containsExactly("U.S.=LOCATION/ACRONYM/United States", "Britain=LOCATION/NAME/United Kingdom",
                        "Italian=NORP/DEMONYM/Italy", "USA=LOCATION/ACRONYM/United States");
    }

    @Test
    void theLongestFormWinsAndOrganizationsToleratesTranslatedLowerCase() {
        assertThat(described("He spoke at the UN security Council about the Islamic state of Iraq and the Levant."))
                .containsExactly("UN security Council=ORGANIZATION/NAME/UN Security Council",
                        "Islamic state of Iraq and the Levant=ORGANIZATION/NAME/Islamic State");
    }

    @Test
    void acronymsMustBeWrittenInCapitals() {
        assertThat(described("Let us see what IS fighters and the US do.")).containsExactly(
                "IS=ORGANIZATION/ACRONYM/Islamic State", "US=LOCATION/ACRONYM/United States");
    }

    @Test
    void possessivesAndHyphenatedCompoundsLeaveTheNameAlone() {
        assertThat(described("Russia's position on the U.S.-led coalition and Guinea-Bissau."))
                .containsExactly("Russia=LOCATION/NAME/Russia", "U.S.=LOCATION/ACRONYM/United States",
                        "Guinea-Bissau=LOCATION/NAME/Guinea-Bissau");
    }

    @Test
    void capitalsInCapitalsAreFoundAndKnowTheirCountry() {
        List<NameSpan> names = tag("ROME, 11 December. Talks were held in Moscow.");
        assertThat(names).extracting(NameSpan::text).containsExactly("ROME", "Moscow");
        assertThat(names).allMatch(n -> n.type() == EntityType.LOCATION && n.kind() == MentionKind.NAME);
        assertThat(tagger.countryOfCapital("Moscow")).contains("Russia");
        assertThat(tagger.countryOfCapital("Damascus")).contains("Syria");
        assertThat(tagger.countryOfCapital("Lyon")).isEmpty();
    }

    @Test
    void aPlaceThatIsAlsoAFirstNameIsNotAPlaceInsideAPersonName() {
        assertThat(tag("Michael Jordan met Jordan Henderson.")).isEmpty();
        assertThat(described("Troops from Jordan, Qatar and Bahrain arrived."))
                .containsExactly("Jordan=LOCATION/NAME/Jordan", "Qatar=LOCATION/NAME/Qatar", "Bahrain=LOCATION/NAME/Bahrain");
    }

    @Test
    void shortAcronymsAreNotTrustedInAShoutedHeadline() {
        assertThat(tag("WHAT IT IS LIKE TO LIVE IN ROME")).extracting(NameSpan::text).containsExactly("ROME");
    }

    @Test
    void organizationsKnowTheirAcronyms() {
        assertThat(tagger.acronymsOf("Islamic State")).contains("ISIS", "ISIL", "IS");
        assertThat(tagger.lexicons()).allSatisfy(l -> {
            assertThat(l.license()).isNotBlank();
            assertThat(l.source()).isNotBlank();
            assertThat(l.rows()).isPositive();
        });
    }
}
