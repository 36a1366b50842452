package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.entity.EntityTaggers;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.model.Article;
import org.dateline.model.Diagnostic;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Sentence;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    /** A tagger that fails on one article's text, as a bug in any layer might. */
    private record FailsOn(String word) implements NameTagger {
        @Override
        public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
            if (text.contains(word)) {
                throw new IllegalStateException("tagger broke on '" + word + "'");
            }
            return List.of();
        }
    }

    @Test
    void a_fault_in_one_article_is_reported_with_it_and_the_batch_goes_on() {
        Extractor extractor = new Extractor(new EntityTaggers(List.of(new FailsOn("poison")), c -> Optional.empty(), o -> Set.of()));
        List<Extraction> out = extractor.extractAll(List.of(
                Article.of("a", "", "ROME, 11 December. Talks were held on Friday."),
                Article.of("b", "", "A poison pill."),
                Article.of("c", "", "MOSCOW, 9 December. Talks were held on Monday.")));
        assertThat(out).extracting(x -> x.article().id()).containsExactly("a", "b", "c");
        assertThat(out.get(1).diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.message()).contains("tagger broke");
        });
        assertThat(out.get(0).timexes()).isNotEmpty();
        assertThat(out.get(2).dateline()).isNotNull();
        assertThat(extractor.extract(Article.of("b", "", "A poison pill.")).diagnostics())
                .anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
