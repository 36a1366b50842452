package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Content ids and near-duplicate fingerprints. */
class FingerprintTest {

    private static final String STORY = "LE BOURGET, France (AFP) - Negotiators from 195 nations adopted the first universal "
            + "pact to fight global warming on Saturday evening, capping two weeks of talks outside Paris and more than 20 "
            + "years of frustrated United Nations diplomacy. The gavel came down shortly after 7:25 pm, when French Foreign "
            + "Minister Laurent Fabius, who chaired the conference, looked around the packed plenary hall, saw no objection "
            + "and declared the text adopted. Delegates jumped to their feet, hugged and wept. The gavel might be small, "
            + "Fabius remarked as he brought it down, but it could do great things.";

    @Test
    void contentId_ignoresWhiteSpaceOnly() {
        String id = ContentId.of("Paris accord adopted", STORY);
        assertThat(id).hasSize(ContentId.LENGTH).matches("[0-9a-f]+");
        assertThat(ContentId.of("  Paris accord\tadopted ", STORY.replace(". ", ".\n\n  "))).isEqualTo(id);
        assertThat(ContentId.of("Paris accord adopted", STORY.replace("Saturday", "saturday"))).isNotEqualTo(id);
        assertThat(ContentId.of("Paris accord adopted!", STORY)).isNotEqualTo(id);
    }

    @Test
    void smallEdits_stayAboveTheThreshold_andShareBands() {
        Fingerprint original = Fingerprint.of(STORY);
        Fingerprint edited = Fingerprint.of(STORY.replace("(AFP)", "(Reuters)").replace("hugged and wept", "embraced")
                + " Reporting by the Paris bureau.");
        assertThat(original.jaccard(edited)).isGreaterThanOrEqualTo(IngestOptions.DEFAULT_DUPLICATE_THRESHOLD);
        assertThat(original.estimatedJaccard(edited)).isCloseTo(original.jaccard(edited), within(0.15));
        Set<String> shared = new HashSet<>(original.bands());
        shared.retainAll(edited.bands());
        assertThat(shared).isNotEmpty();
        assertThat(original.jaccard(STORY.replace("U.S.", "US"))).isEqualTo(1.0);
    }

    @Test
    void anotherStory_isFarBelow() {
        Fingerprint other = Fingerprint.of("CHIANG RAI, Thailand (AP) - The last four boys and their coach were brought "
                + "out of the flooded Tham Luang cave on Tuesday, ending an ordeal that gripped the world.");
        assertThat(Fingerprint.of(STORY).jaccard(other)).isLessThan(0.05);
    }

    @Test
    void signature_survivesStorage() {
        Fingerprint f = Fingerprint.of(STORY);
        int[] signature = Fingerprint.signatureOf(f.signatureBytes());
        assertThat(f.estimatedJaccard(signature)).isEqualTo(1.0);
        assertThat(Fingerprint.bandsOf(f.signatureBytes())).isEqualTo(f.bands()).hasSize(Fingerprint.BANDS);
    }
}
