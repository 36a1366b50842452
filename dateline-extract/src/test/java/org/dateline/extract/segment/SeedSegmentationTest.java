package org.dateline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.segment.SeedArticles.Seed;
import org.dateline.model.Field;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

/** The segmenter on the real seed articles, checked against what their gold files quote. */
class SeedSegmentationTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    @Test
    void invariantsHoldOnTitleAndBody() {
        for (Seed seed : SeedArticles.load()) {
            SegmentationInvariants.check(seed.body(), Field.BODY, SEGMENTER.segment(seed.body(), Field.BODY));
            SegmentationInvariants.check(seed.title(), Field.TITLE, SEGMENTER.segment(seed.title(), Field.TITLE));
        }
    }

    /** Gold evidence and quotes are parts of one sentence each: a boundary inside one would be wrong. */
    @Test
    void goldEvidenceNeverCrossesASentenceBoundary() {
        for (Seed seed : SeedArticles.load()) {
            List<Sentence> sentences = SEGMENTER.segment(seed.body(), Field.BODY).sentences();
            List<String> excerpts = new ArrayList<>(seed.strings("evidence"));
            excerpts.addAll(seed.strings("begins"));
            assertThat(excerpts).isNotEmpty();
            for (String excerpt : excerpts) {
                int at = seed.body().indexOf(excerpt);
                assertThat(at).as("%s: '%s' in the body", seed.id(), excerpt).isNotNegative();
                assertThat(sentences).as("%s: one sentence holds '%s'", seed.id(), excerpt)
                        .anyMatch(s -> s.span().start() <= at && at + excerpt.length() <= s.span().end());
            }
        }
    }

    /** Gold time expressions start and end on token boundaries ("10-11 December" is 10 - 11 December). */
    @Test
    void goldTimexesAlignWithTokens() {
        for (Seed seed : SeedArticles.load()) {
            List<Token> tokens = SEGMENTER.segment(seed.body(), Field.BODY).sentences().stream()
                    .flatMap(s -> s.tokens().stream()).toList();
            for (String timex : seed.strings("text")) {
                int at = seed.body().indexOf(timex);
                if (at < 0) {
                    continue; // a title-only timex
                }
                assertThat(tokens).as("%s: a token starts '%s'", seed.id(), timex).anyMatch(t -> t.span().start() == at);
                assertThat(tokens).as("%s: a token ends '%s'", seed.id(), timex)
                        .anyMatch(t -> t.span().end() == at + timex.length());
            }
        }
    }

    @Test
    void knownSentencesOfTheSeeds() {
        for (Seed seed : SeedArticles.load()) {
            List<String> sentences = SEGMENTER.segment(seed.body(), Field.BODY).sentences().stream()
                    .map(s -> s.span().coveredText(seed.body())).toList();
            String place = seed.strings("place").get(0).toUpperCase();
            assertThat(sentences.get(0)).as("%s: the dateline is a sentence of its own", seed.id())
                    .startsWith(place + ", ").endsWith(".").hasSizeLessThan(30);
            assertThat(sentences).as("%s: no sentence starts in lower case or with closing punctuation", seed.id())
                    .noneMatch(s -> Character.isLowerCase(s.charAt(0)) || ".,;:)”".indexOf(s.charAt(0)) >= 0);
        }
    }
}
