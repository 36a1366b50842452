package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteScorerTest {

    // Invented for the test.
    private static final String TEXT = "“Rates will stay high this year,” Maria Rossi said on Monday. "
            + "The central bank said that inflation would ease by spring. "
            + "Rossi later told reporters she was confident.";

    private static final String DIRECT = "Rates will stay high this year,";
    private static final String REPORTED = "inflation would ease by spring";
    private static final String LATER = "she was confident";

    private static int at(String s) {
        int i = TEXT.indexOf(s);
        assertThat(i).as(s).isNotNegative();
        return i;
    }

    private static QuoteScorer.Range range(String s) {
        return new QuoteScorer.Range(at(s), at(s) + s.length());
    }

    private static QuoteDocument.Part part(String s) {
        return new QuoteDocument.Part(at(s), at(s) + s.length(), s);
    }

    private static QuoteDocument.GoldQuote gold(String content, boolean direct, String speaker) {
        QuoteDocument.Part c = part(content);
        return new QuoteDocument.GoldQuote(c.start(), c.end(), content, direct, speaker,
                speaker == null ? null : part(speaker), null, List.of(c));
    }

    private static QuoteScorer.Prediction pred(int start, int end, boolean direct, String speaker, QuoteScorer.Range... at) {
        return new QuoteScorer.Prediction(start, end, TEXT.substring(start, end), direct, speaker, List.of(at));
    }

    private static QuoteScorer.Prediction pred(String content, boolean direct, String speaker, QuoteScorer.Range... at) {
        return pred(at(content), at(content) + content.length(), direct, speaker, at);
    }

    private static QuoteScorer.Report score(List<QuoteDocument.GoldQuote> gold, List<QuoteScorer.Prediction> pred) {
        return new QuoteScorer().score(List.of(new QuoteDocument("d1", TEXT, null, "dev", gold)), Map.of("d1", pred));
    }

    private static final QuoteDocument.GoldQuote G_DIRECT = gold("“" + DIRECT + "”", true, "Maria Rossi");
    private static final QuoteDocument.GoldQuote G_REPORTED = gold(REPORTED, false, "The central bank");

    @Test
    void everything_right() {
        QuoteScorer.Report r = score(List.of(G_DIRECT, G_REPORTED), List.of(
                pred(DIRECT, true, "Maria Rossi", range("Maria Rossi")),
                pred(REPORTED, false, "central bank", range("central bank"))));
        assertThat(r.all()).isEqualTo(new Tally(2, 0, 0));
        assertThat(r.direct()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.reported()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.speakers()).isEqualTo(new Tally(2, 0, 0));
        assertThat(r.notes()).isEmpty();
        assertThat(r.goldQuotes()).isEqualTo(2);
        assertThat(r.predicted()).isEqualTo(2);
    }

    @Test
    void overlap_of_half_the_shorter_span_matches_and_less_does_not() {
        int s = G_REPORTED.start();
        int len = G_REPORTED.end() - s; // 30 characters
        // A prediction twice as long that holds the whole gold quote: overlap 30 of the shorter 30.
        assertThat(score(List.of(G_REPORTED), List.of(pred(s - len, s + len, false, null))).all()).isEqualTo(new Tally(1, 0, 0));
        // Exactly half of the shorter one (the gold quote: the prediction runs 20 characters past it).
        assertThat(score(List.of(G_REPORTED), List.of(pred(s + len / 2, s + len + 20, false, null))).all())
                .isEqualTo(new Tally(1, 0, 0));
        // One character less than half: a false alarm and a miss.
        assertThat(score(List.of(G_REPORTED), List.of(pred(s + len / 2 + 1, s + len + 20, false, null))).all())
                .isEqualTo(new Tally(0, 1, 1));
        // Touching is not overlapping.
        assertThat(score(List.of(G_REPORTED), List.of(pred(G_REPORTED.end(), G_REPORTED.end() + 5, false, null))).all())
                .isEqualTo(new Tally(0, 1, 1));
        assertThat(QuoteScorer.matches(0, 10, 4, 6)).isTrue();
        assertThat(QuoteScorer.matches(0, 10, 9, 20)).isFalse();
    }

    @Test
    void unmatched_gold_is_a_miss_and_unmatched_prediction_a_false_alarm_in_every_tally_of_its_kind() {
        QuoteScorer.Report r = score(List.of(G_DIRECT, G_REPORTED), List.of(pred(LATER, false, "Maria Rossi", range("Rossi later"))));
        assertThat(r.all()).isEqualTo(new Tally(0, 1, 2));
        assertThat(r.direct()).isEqualTo(new Tally(0, 0, 1));
        assertThat(r.reported()).isEqualTo(new Tally(0, 1, 1));
        assertThat(r.speakers()).isEqualTo(new Tally(0, 1, 2));
        assertThat(r.notes()).containsExactly(
                "d1: missed direct '“Rates will stay high this year,”' (speaker 'Maria Rossi', cue none)",
                "d1: missed reported 'inflation would ease by spring' (speaker 'The central bank', cue none)",
                "d1: spurious reported 'she was confident' (speaker 'Maria Rossi')");
    }

    @Test
    void direct_and_reported_are_matched_among_their_own_kind() {
        // The direct quote is found but called reported speech: found among all quotes, missed among direct ones,
        // and a false alarm among reported ones.
        QuoteScorer.Report r = score(List.of(G_DIRECT), List.of(pred(DIRECT, false, "Maria Rossi", range("Maria Rossi"))));
        assertThat(r.all()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.direct()).isEqualTo(new Tally(0, 0, 1));
        assertThat(r.reported()).isEqualTo(new Tally(0, 1, 0));
        assertThat(r.speakers()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.notes()).containsExactly("d1: kind '“Rates will stay high this year,”' gold direct, predicted reported");
    }

    @Test
    void speaker_is_right_when_any_mention_of_its_entity_overlaps_the_gold_speaker() {
        // The attribution's own mention is elsewhere ("Rossi later"), but the entity's first mention is the gold one.
        QuoteScorer.Report r = score(List.of(G_DIRECT), List.of(
                pred(DIRECT, true, "Maria Rossi", range("Rossi later"), new QuoteScorer.Range(at("Rossi said"), at("Rossi said") + 5))));
        assertThat(r.speakers()).isEqualTo(new Tally(1, 0, 0));
    }

    @Test
    void a_wrong_speaker_is_a_false_alarm_and_a_miss() {
        QuoteScorer.Report r = score(List.of(G_DIRECT), List.of(pred(DIRECT, true, "central bank", range("central bank"))));
        assertThat(r.all()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.speakers()).isEqualTo(new Tally(0, 1, 1));
        assertThat(r.notes()).containsExactly("d1: speaker '“Rates will stay high this year,”' gold 'Maria Rossi' got 'central bank'");
    }

    @Test
    void a_missing_speaker_is_a_false_alarm_and_a_miss() {
        QuoteScorer.Report r = score(List.of(G_DIRECT), List.of(pred(DIRECT, true, null)));
        assertThat(r.speakers()).isEqualTo(new Tally(0, 1, 1));
        assertThat(r.notes()).containsExactly("d1: speaker '“Rates will stay high this year,”' gold 'Maria Rossi' got none");
    }

    @Test
    void a_speaker_that_nothing_locates_is_wrong() {
        assertThat(score(List.of(G_DIRECT), List.of(pred(DIRECT, true, "Maria Rossi"))).speakers()).isEqualTo(new Tally(0, 1, 1));
    }

    @Test
    void gold_without_a_speaker_wants_a_prediction_without_one() {
        QuoteDocument.GoldQuote unattributed = gold(REPORTED, false, null);
        assertThat(score(List.of(unattributed), List.of(pred(REPORTED, false, null))).speakers()).isEqualTo(new Tally(1, 0, 0));
        assertThat(score(List.of(unattributed), List.of(pred(REPORTED, false, "central bank", range("central bank")))).speakers())
                .isEqualTo(new Tally(0, 1, 1));
    }

    @Test
    void greedy_in_gold_order_each_taking_the_prediction_it_overlaps_most() {
        // Two gold quotes in one sentence; one prediction covers the whole stretch, one only the second clause.
        String first = "The central bank said";
        String second = "inflation would ease by spring.";
        int s = at(first);
        int e = at(second) + second.length();
        QuoteDocument.GoldQuote g1 = gold(first, false, null);
        QuoteDocument.GoldQuote g2 = gold(second, false, null);
        QuoteScorer.Prediction whole = pred(s, e, false, null);
        QuoteScorer.Prediction clause = pred(second, false, null);
        // The first gold quote comes first and takes the whole stretch (the only one it overlaps); the second is
        // left with the clause.
        assertThat(score(List.of(g1, g2), List.of(clause, whole)).all()).isEqualTo(new Tally(2, 0, 0));
        // A gold quote overlapped by two predictions takes the one it overlaps most, even when it comes later.
        QuoteScorer.Prediction part = pred(at(second), at(second) + 20, false, null);
        QuoteScorer.Report r = score(List.of(g2), List.of(part, whole));
        assertThat(r.all()).isEqualTo(new Tally(1, 1, 0));
        assertThat(r.notes()).containsExactly("d1: spurious reported 'inflation would ease' (speaker none)");
        // One prediction for two gold quotes: the first in gold order gets it.
        assertThat(score(List.of(g2, g1), List.of(whole)).notes()).containsExactly(
                "d1: missed reported 'The central bank said' (speaker none, cue none)");
    }

    @Test
    void a_document_without_prediction_counts_as_finding_nothing() {
        QuoteScorer.Report r = new QuoteScorer().score(List.of(new QuoteDocument("d1", TEXT, null, "dev", List.of(G_DIRECT))), Map.of());
        assertThat(r.all()).isEqualTo(new Tally(0, 0, 1));
        assertThat(r.unpredicted()).isEqualTo(1);
    }

    @Test
    void notes_show_the_first_sixty_characters() {
        QuoteScorer.Report r = score(List.of(), List.of(pred(0, TEXT.length(), true, null)));
        assertThat(r.notes()).containsExactly("d1: spurious direct '" + TEXT.substring(0, 60) + "…' (speaker none)");
    }

    @Test
    void predictions_of_an_extraction_carry_every_mention_of_the_speaker() {
        Span maria = Span.body(at("Maria Rossi"), at("Maria Rossi") + 11);
        Span rossi = Span.body(at("Rossi later"), at("Rossi later") + 5);
        Entity e = new Entity("e1", EntityType.PERSON, "Maria Rossi", List.of("Rossi"), List.of(
                new Mention(maria, "Maria Rossi", MentionKind.NAME, "e1"), new Mention(rossi, "Rossi", MentionKind.NAME, "e1")),
                List.of());
        Span said = Span.body(at("said on"), at("said on") + 4);
        Quote q = new Quote(Span.body(at(DIRECT), at(DIRECT) + DIRECT.length()), DIRECT, true,
                new Quote.Speaker("e1", "Maria Rossi", maria), said, List.of(), List.of());
        Quote title = new Quote(Span.title(0, 3), "abc", true, null, null, List.of(), List.of());
        Quote unattributed = new Quote(Span.body(at(LATER), at(LATER) + LATER.length()), LATER, false, null, null, List.of(), List.of());
        Extraction x = new Extraction(Article.of("d1", "", TEXT), List.of(), List.of(), null, null, List.of(), List.of(e),
                List.of(q, title, unattributed), List.of(), List.of());
        List<QuoteScorer.Prediction> p = QuoteScorer.predictions(x);
        assertThat(p).hasSize(2);
        assertThat(p.get(0).speaker()).isEqualTo("Maria Rossi");
        // The attribution's mention, then every mention of the entity.
        assertThat(p.get(0).speakerSpans()).containsExactly(range("Maria Rossi"), range("Maria Rossi"),
                new QuoteScorer.Range(rossi.start(), rossi.end()));
        assertThat(p.get(1).speaker()).isNull();
        assertThat(p.get(1).speakerSpans()).isEmpty();
        assertThat(score(List.of(G_DIRECT, gold(LATER, false, null)), p).speakers()).isEqualTo(new Tally(2, 0, 0));
    }

    // The reader.

    @TempDir
    Path dir;

    private static String line(String id, String split, String text, String quotes) {
        return "{\"id\": \"" + id + "\", \"split\": \"" + split + "\", \"dct\": \"2021-03-04\", \"text\": \"" + text
                + "\", \"quotes\": [" + quotes + "]}\n";
    }

    @Test
    void reads_quotes_converting_code_points_to_utf16_and_filters_by_split() throws IOException {
        // "🙂" is one code point and two UTF-16 units: every offset after it moves by one.
        String text = "🙂 Ann Lee said the vote was fair.";
        String quote = "{\"start\": 15, \"end\": 32, \"text\": \"the vote was fair\", \"speaker\": \"Ann Lee\","
                + " \"speaker_span\": {\"start\": 2, \"end\": 9, \"text\": \"Ann Lee\"}, \"cue\": {\"start\": 10, \"end\": 14, \"text\": \"said\"},"
                + " \"direct\": false, \"fragments\": [[15, 32]]}";
        Path f = Files.writeString(dir.resolve("q.jsonl"), line("a", "dev", text, quote) + "\n" + line("b", "test", "Nothing.", ""),
                StandardCharsets.UTF_8);
        List<QuoteDocument> docs = new QuoteCorpusReader().read(f, Set.of("dev"));
        assertThat(docs).hasSize(1);
        QuoteDocument d = docs.get(0);
        assertThat(d.id()).isEqualTo("a");
        assertThat(d.dct()).isEqualTo("2021-03-04");
        QuoteDocument.GoldQuote q = d.quotes().get(0);
        assertThat(q.start()).isEqualTo(16);
        assertThat(d.text().substring(q.start(), q.end())).isEqualTo("the vote was fair");
        assertThat(q.speakerSpan()).isEqualTo(new QuoteDocument.Part(3, 10, "Ann Lee"));
        assertThat(q.cue()).isEqualTo(new QuoteDocument.Part(11, 15, "said"));
        assertThat(q.fragments()).containsExactly(new QuoteDocument.Part(16, 33, "the vote was fair"));
        assertThat(q.direct()).isFalse();
        assertThat(new QuoteCorpusReader().read(f)).hasSize(2);
    }

    @Test
    void a_bad_file_or_line_names_the_file_and_line() throws IOException {
        QuoteCorpusReader reader = new QuoteCorpusReader();
        assertThatThrownBy(() -> reader.read(dir.resolve("none.jsonl"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("none.jsonl: no such file");
        Path malformed = Files.writeString(dir.resolve("m.jsonl"), line("a", "dev", "Fine.", "") + "{\"id\": \"b\", \"text\": \n");
        assertThatThrownBy(() -> reader.read(malformed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.jsonl:2: malformed JSON line");
        Path shifted = Files.writeString(dir.resolve("s.jsonl"), line("a", "dev", "Ann said no.", "{\"start\": 8, \"end\": 11,"
                + " \"text\": \"no.\", \"speaker\": null, \"speaker_span\": null, \"cue\": null, \"direct\": false}"));
        assertThatThrownBy(() -> reader.read(shifted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s.jsonl:1: quote 1 of a content [8, 11) covers ' no', not 'no.'");
        Path outside = Files.writeString(dir.resolve("o.jsonl"), line("a", "dev", "Ann said no.", "{\"start\": 9, \"end\": 40,"
                + " \"text\": \"no.\"}"));
        assertThatThrownBy(() -> reader.read(outside)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("o.jsonl:1: quote 1 of a content [9, 40) outside the text");
        Path speaker = Files.writeString(dir.resolve("sp.jsonl"), line("a", "dev", "Ann said no.", "{\"start\": 9, \"end\": 12,"
                + " \"text\": \"no.\", \"speaker_span\": {\"start\": 0, \"end\": 4, \"text\": \"Ann\"}}"));
        assertThatThrownBy(() -> reader.read(speaker)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sp.jsonl:1: quote 1 of a speaker_span [0, 4) covers 'Ann ', not 'Ann'");
        Path noSplit = Files.writeString(dir.resolve("n.jsonl"), line("a", "train", "Fine.", ""));
        assertThatThrownBy(() -> reader.read(noSplit, Set.of("dev"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("n.jsonl: no document in split dev");
    }
}
