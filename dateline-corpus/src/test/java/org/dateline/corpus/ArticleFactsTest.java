package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.ArticleFacts.Alias;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Paragraph;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class ArticleFactsTest {

    private static final String TITLE = "Lavrov on joining the coalition of the US: ready for dialogue under visor will not take";
    private static final String P1 = "ROME, 11 December. Lavrov about the possibility of joining the coalition of the US: ready for equal dialogue, a salute will not.";
    private static final String P2 = "This was stated by Minister of foreign Affairs of the Russian Federation Sergey Lavrov following the meeting with Italian counterpart Paolo Gentiloni.";
    private static final String P3 = "“We are still talking about coordination,” he said.";
    private static final String TEXT = P1 + "\n\n" + P2 + "\n\n" + P3;

    private static Span body(String what, String in) {
        int at = TEXT.indexOf(in) + in.indexOf(what);
        return Span.body(at, at + what.length());
    }

    private static Mention mention(Span span, MentionKind kind, String entity) {
        return new Mention(span, span.field() == org.dateline.model.Field.TITLE ? TITLE.substring(span.start(), span.end())
                : TEXT.substring(span.start(), span.end()), kind, entity);
    }

    /** The start of the report, as the extractor gives it. */
    static Extraction report() {
        Article article = new Article(Seeds.REPORT, TITLE, TEXT, null, "seeds/000_962b241333455358.txt", "https://example.org/lavrov", Map.of());
        Span p1 = body(P1, P1);
        Span p2 = body(P2, P2);
        Span p3 = body(P3, P3);
        Entity lavrov = new Entity("e1", EntityType.PERSON, "Sergey Lavrov",
                List.of("Lavrov", "Minister of foreign Affairs of the Russian Federation"),
                List.of(mention(Span.title(0, 6), MentionKind.NAME, "e1"),
                        mention(body("Lavrov", P1), MentionKind.NAME, "e1"),
                        mention(body("Minister of foreign Affairs of the Russian Federation", P2), MentionKind.NOMINAL, "e1"),
                        mention(body("Sergey Lavrov", P2), MentionKind.NAME, "e1"),
                        mention(body("he", P3), MentionKind.PRONOUN, "e1")),
                List.of("Minister of foreign Affairs of the Russian Federation"));
        Entity gentiloni = new Entity("e2", EntityType.PERSON, "Paolo Gentiloni", List.of("Italian counterpart"),
                List.of(mention(body("Italian counterpart", P2), MentionKind.NOMINAL, "e2"),
                        mention(body("Paolo Gentiloni", P2), MentionKind.NAME, "e2")),
                List.of("Italian counterpart"));
        Entity rome = new Entity("e3", EntityType.LOCATION, "Rome", List.of("ROME"),
                List.of(mention(body("ROME", P1), MentionKind.NAME, "e3")), List.of());
        Entity us = new Entity("e4", EntityType.LOCATION, "United States", List.of("US", "USA", "the Americans"),
                List.of(mention(body("US", P1), MentionKind.ACRONYM, "e4")), List.of());
        Span said = body("he said", P3);
        Quote quote = new Quote(body("We are still talking about coordination,", P3), "We are still talking about coordination,", true,
                new Quote.Speaker("e1", "Sergey Lavrov", body("he", P3)), said, List.of(), List.of());
        Span dateSpan = body("11 December", P1);
        Event meet = new Event("v1", EventType.MEET, body("meeting", P2),
                List.of(new Event.Argument("e1", "Sergey Lavrov"), new Event.Argument("e2", "Paolo Gentiloni")), List.of(),
                "2015-12-11", dateSpan, new Event.Argument("e3", "Rome"), false, Event.Modality.PAST, List.of(p2));
        Event statement = new Event("v2", EventType.STATEMENT, said, List.of(new Event.Argument("e1", "Sergey Lavrov")), List.of(),
                "2015-12-11", dateSpan, null, false, Event.Modality.PAST, List.of(p2, p3));
        TimeExpression timex = new TimeExpression(dateSpan, "11 December", TimexType.DATE, "2015-12-11", null,
                new Anchor(Anchor.Kind.DOCUMENT_DATE, "2015-12-11"));
        Dateline dateline = new Dateline(body("ROME, 11 December.", P1), "Rome", body("ROME", P1), "Reuters", "2015-12-11", dateSpan);
        DocumentDate date = new DocumentDate("2015-12-11", DocumentDate.Source.DATELINE_INFERRED_YEAR,
                "dateline without a year; the article reports \"29 December 2014\" as past");
        return new Extraction(article, List.of(new Paragraph(Span.title(0, TITLE.length())), new Paragraph(p1), new Paragraph(p2), new Paragraph(p3)),
                List.of(), dateline, date, List.of(timex), List.of(lavrov, gentiloni, rome, us), List.of(quote),
                List.of(meet, statement), List.of());
    }

    @Test
    void facts_of_an_extraction_keep_identity_dates_and_lead() {
        ArticleFacts f = ArticleFacts.of(report());

        assertThat(f.id()).isEqualTo(Seeds.REPORT);
        assertThat(f.title()).isEqualTo(TITLE);
        assertThat(f.source()).isEqualTo("seeds/000_962b241333455358.txt");
        assertThat(f.url()).isEqualTo("https://example.org/lavrov");
        assertThat(f.published()).isNull();
        assertThat(f.documentDate()).isEqualTo(new ArticleFacts.DocDate("2015-12-11", DocumentDate.Source.DATELINE_INFERRED_YEAR,
                "dateline without a year; the article reports \"29 December 2014\" as past"));
        assertThat(f.dateline()).isEqualTo(new ArticleFacts.DatelineFact("Rome", "Reuters", "2015-12-11"));
        assertThat(f.lead()).as("the first paragraph of the body, not the title").isEqualTo(P1);
    }

    @Test
    void entities_keep_how_each_alias_refers_and_whether_the_lead_names_them() {
        ArticleFacts f = ArticleFacts.of(report());

        assertThat(f.entity("e1")).isEqualTo(new ArticleFacts.EntityFact("e1", EntityType.PERSON, "Sergey Lavrov",
                List.of(Alias.name("Lavrov"), Alias.nominal("Minister of foreign Affairs of the Russian Federation")),
                List.of("Minister of foreign Affairs of the Russian Federation"), 5, true));
        assertThat(f.entity("e2").inLead()).isFalse();
        assertThat(f.entity("e2").mentions()).isEqualTo(2);
        assertThat(f.entity("e3").inLead()).isTrue();
        assertThat(f.entity("e4").aliases()).as("aliases no mention writes are guessed from their spelling")
                .containsExactly(Alias.acronym("US"), Alias.acronym("USA"), Alias.nominal("the Americans"));
        assertThat(f.entity("e9")).isNull();
    }

    @Test
    void quotes_events_and_time_expressions_keep_what_a_corpus_needs() {
        ArticleFacts f = ArticleFacts.of(report());

        int start = TEXT.indexOf("We are");
        assertThat(f.quotes()).containsExactly(new ArticleFacts.QuoteFact("We are still talking about coordination,", true, "e1",
                "Sergey Lavrov", start, start + "We are still talking about coordination,".length(), List.of()));
        assertThat(f.events()).hasSize(2);
        assertThat(f.events().get(0)).isEqualTo(new ArticleFacts.EventFact("v1", EventType.MEET,
                List.of(new ArticleFacts.Participant("e1", "Sergey Lavrov"), new ArticleFacts.Participant("e2", "Paolo Gentiloni")),
                List.of(), "2015-12-11", new ArticleFacts.Participant("e3", "Rome"), false, Event.Modality.PAST, P2));
        assertThat(f.events().get(1).evidence()).isEqualTo(P2 + " … " + P3);
        assertThat(f.timexes()).containsExactly(new ArticleFacts.TimexFact("11 December", "2015-12-11", TimexType.DATE, Anchor.Kind.DOCUMENT_DATE));
    }

    @Test
    void a_long_lead_is_cut_at_a_word() {
        String sentence = "The Minister of foreign Affairs of Russia will visit Italy to discuss the fight against terrorism. ";
        String text = sentence.repeat(10);
        Extraction x = new Extraction(new Article("long", "Title", text, LocalDate.of(2015, 12, 9), null, null, Map.of()),
                List.of(new Paragraph(Span.body(0, text.length()))), List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        ArticleFacts f = ArticleFacts.of(x);

        assertThat(f.lead()).hasSizeLessThanOrEqualTo(ArticleFacts.LEAD_CHARS).startsWith(sentence).doesNotEndWith(" ");
        assertThat(text).startsWith(f.lead() + " ");
        assertThat(f.published()).isEqualTo("2015-12-09");
        assertThat(f.documentDate().value()).as("no document date given").isNull();
        assertThat(f.dateline()).isNull();
    }

    // --- plain data ------------------------------------------------------------------------------------------------

    @Test
    void facts_round_trip_through_jackson_as_plain_data() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArticleFacts f = ArticleFacts.of(report());

        String written = json.writeValueAsString(f);
        assertThat(json.readValue(written, ArticleFacts.class)).isEqualTo(f);
        assertThat(names(json.readTree(written))).containsExactly("id", "title", "source", "url", "published", "documentDate",
                "dateline", "lead", "entities", "quotes", "events", "timexes");
        assertThat(written).contains("\"source\":\"DATELINE_INFERRED_YEAR\"", "\"kind\":\"NAME\"", "\"modality\":\"PAST\"");
        for (ArticleFacts seed : List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins())) {
            assertThat(json.readValue(json.writeValueAsString(seed), ArticleFacts.class)).isEqualTo(seed);
        }
    }

    @Test
    void the_whole_analysis_round_trips_through_jackson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CorpusAnalysis analysis = CorpusAnalyzer.analyse(List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins()));

        String written = json.writeValueAsString(analysis);
        assertThat(json.readValue(written, CorpusAnalysis.class)).isEqualTo(analysis);
        assertThat(names(json.readTree(written))).containsExactly("dossiers", "stories", "timeline", "dates");
        assertThat(names(json.readTree(written).get("timeline").get(0))).containsExactly("id", "date", "precision", "start", "end",
                "type", "actors", "targets", "place", "negated", "modality", "sources", "storyIds");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
