package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dateline.model.DocumentDate;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The seed articles end to end: the "done when" of the corpus issue, as far as analysis goes. */
class CorpusAnalyzerTest {

    private static final List<ArticleFacts> CORPUS = List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins());

    @Test
    void the_seeds_are_one_story_dated_from_the_preview_to_the_report() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(Seeds.seeds());

        assertThat(corpus.stories()).singleElement().satisfies(s -> {
            assertThat(s.articleIds()).containsExactly(Seeds.PREVIEW, Seeds.REPORT);
            assertThat(s.first()).isEqualTo("2015-12-09");
            assertThat(s.last()).isEqualTo("2015-12-11");
        });
        assertThat(corpus.storyOf(Seeds.PREVIEW)).isEqualTo(corpus.story("s1"));
    }

    @Test
    void lavrov_is_one_dossier_with_his_quotes() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(CORPUS);

        assertThat(corpus.findDossiers("Lavrov")).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("sergey-lavrov");
            assertThat(d.articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW);
        });
        assertThat(corpus.dossierOf(Seeds.PREVIEW, "e1")).map(Dossier::id).contains("sergey-lavrov");
        assertThat(corpus.quotes("sergey-lavrov", CORPUS)).hasSize(3).allSatisfy(q -> {
            assertThat(q.articleId()).isEqualTo(Seeds.REPORT);
            assertThat(q.quote().speakerName()).isEqualTo("Sergey Lavrov");
        });
        assertThat(corpus.findDossiers("ISIL")).extracting(Dossier::name).containsExactly("Islamic State");
        assertThat(corpus.findDossiers("nobody")).isEmpty();
    }

    @Test
    void the_preview_s_year_comes_from_its_story_and_reaches_its_events() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(CORPUS);

        ResolvedDate preview = corpus.date(Seeds.PREVIEW).orElseThrow();
        assertThat(preview.value()).isEqualTo("2015-12-09");
        assertThat(preview.source()).isEqualTo(DocumentDate.Source.RELATED_ARTICLE);
        assertThat(preview.explanation()).startsWith("year 2015 from story " + preview.storyId() + ": 'Lavrov on joining the coalition");
        // the planned visit, "XXXX-12-10/XXXX-12-11" in the preview, is on the timeline with its year
        assertThat(corpus.timeline()).filteredOn(e -> e.type() == EventType.VISIT).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2015-12-10/2015-12-11");
            assertThat(e.precision()).isEqualTo(DateSpan.Precision.RANGE);
            assertThat(e.actors()).extracting(TimelineEntry.Party::dossierId).containsExactly("sergey-lavrov");
        });
    }

    @Test
    void the_timeline_lists_each_joining_country_with_its_date_and_every_source() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(CORPUS);

        List<TimelineEntry> joins = corpus.timeline(TimelineFilter.between("2014-09", "2014-10")).stream()
                .filter(e -> e.type() == EventType.JOIN).toList();
        assertThat(joins).extracting(TimelineEntry::date)
                .containsExactly("2014-09-19", "2014-09-26", "2014-09-30", "2014-10-05", "2014-10-06", "2014-10-07");
        assertThat(joins.get(0).sources()).extracting(TimelineEntry.Source::articleId).containsExactly(Seeds.PREVIEW, Seeds.FRANCE_JOINS);
        String seedStory = corpus.storyOf(Seeds.REPORT).orElseThrow().id();
        assertThat(corpus.timeline(new TimelineFilter("sergey-lavrov", seedStory, null, null))).extracting(TimelineEntry::type)
                .containsExactly(EventType.VISIT, EventType.MEET, EventType.STATEMENT);
    }

    @Test
    void a_merge_undone_by_a_split_stays_undone_through_the_analysis() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(CORPUS, Set.of(new Split("sergey-lavrov", Seeds.PREVIEW, "e1")));

        assertThat(corpus.findDossiers("Sergey Lavrov")).hasSize(2);
        assertThat(corpus.dossierOf(Seeds.REPORT, "e1")).isNotEqualTo(corpus.dossierOf(Seeds.PREVIEW, "e1"));
    }

    @Test
    void the_analysis_does_not_depend_on_the_order_of_the_articles() {
        List<ArticleFacts> shuffled = new ArrayList<>(CORPUS);
        Collections.reverse(shuffled);
        assertThat(CorpusAnalyzer.analyse(shuffled)).isEqualTo(CorpusAnalyzer.analyse(CORPUS));
    }

    @Test
    void an_empty_corpus_has_nothing() {
        CorpusAnalysis corpus = CorpusAnalyzer.analyse(List.of());
        assertThat(corpus.dossiers()).isEmpty();
        assertThat(corpus.stories()).isEmpty();
        assertThat(corpus.timeline()).isEmpty();
        assertThat(corpus.dates()).isEmpty();
    }
}
