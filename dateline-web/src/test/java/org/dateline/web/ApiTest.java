package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the HTTP API, called as a client calls it: the real server on a random port over a store
 * seeded with the sample corpus, good requests and bad ones.
 */
class ApiTest {

    @TempDir
    static Path data;

    static DatelineServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        TestCorpus.seed(data);
        server = DatelineServer.start(data, 0);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static void assertError(Http.Response r, int status, String words) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.error()).as(r.body()).isNotBlank().containsIgnoringCase(words);
    }

    private static String firstHit(String query) throws Exception {
        JsonNode hits = http.get("/api/search?q=" + Http.enc(query) + "&limit=1").json().path("hits");
        assertThat(hits.size()).as("a hit for " + query).isEqualTo(1);
        return hits.get(0).path("id").asText();
    }

    // ---- status, openapi, unknown routes ------------------------------------------------------------------------

    @Test
    void statusCountsTheStore() throws Exception {
        JsonNode s = http.get("/api/status").json();
        assertThat(s.path("articles").asLong()).isGreaterThanOrEqualTo(35);
        assertThat(s.path("dossiers").asInt()).isGreaterThan(50);
        assertThat(s.path("stories").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(s.path("read_only").asBoolean()).isFalse();
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        Http.Response r = http.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        Set<String> paths = new HashSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/search", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/quotes",
                "/api/timeline", "/api/stories", "/api/stories/{id}", "/api/extract", "/api/ingest", "/api/export/{format}",
                "/api/status", "/openapi.json");
        // every $ref points at a schema or response that exists
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            String[] parts = ref.substring(2).split("/");
            assertThat(doc.path(parts[0]).path(parts[1]).has(parts[2])).as(ref).isTrue();
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    @Test
    void unknownEndpointIsAJson404() throws Exception {
        assertError(http.get("/api/nothing-here"), 404, "no such endpoint");
    }

    @Test
    void servesTheUiWithAContentSecurityPolicy() throws Exception {
        Http.Response r = http.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<main id=\"main\"", "/js/main.js");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(http.get("/js/main.js").status()).isEqualTo(200);
        assertThat(http.get("/css/app.css").status()).isEqualTo(200);
    }

    // ---- search --------------------------------------------------------------------------------------------------

    @Test
    void searchFindsWordsWithFacets() throws Exception {
        JsonNode r = http.get("/api/search?q=rocket").json();
        assertThat(r.path("total").asLong()).isGreaterThan(0);
        assertThat(r.path("hits").get(0).path("title").asText().toLowerCase()).contains("rocket");
        JsonNode facets = r.path("facets");
        for (String f : List.of("entities", "types", "sources", "event_types", "stories", "months")) {
            assertThat(facets.has(f)).as(f).isTrue();
        }
        assertThat(facets.path("entities").size()).isGreaterThan(0);
        assertThat(facets.path("entities").get(0).path("id").asText()).isNotBlank(); // its dossier
        assertThat(facets.path("months").size()).isGreaterThan(0);
    }

    @Test
    void searchFiltersByEntityTypeDatesEventTypeAndStory() throws Exception {
        JsonNode all = http.get("/api/search?limit=0").json();
        long total = all.path("total").asLong();
        assertThat(all.path("hits").size()).isZero();

        JsonNode cameron = http.get("/api/search?entity=Cameron").json();
        assertThat(cameron.path("total").asLong()).isBetween(1L, total - 1);
        for (JsonNode h : cameron.path("hits")) {
            assertThat(http.get("/api/articles/" + h.path("id").asText()).json().path("text").asText()).contains("Cameron");
        }

        assertThat(http.get("/api/search?type=person&limit=0").json().path("total").asLong()).isBetween(1L, total);

        String month = all.path("facets").path("months").get(0).path("value").asText(); // "2010-10"
        JsonNode inMonth = http.get("/api/search?from=" + month + "&to=" + month).json();
        assertThat(inMonth.path("total").asLong()).isEqualTo(all.path("facets").path("months").get(0).path("count").asLong());
        for (JsonNode h : inMonth.path("hits")) {
            assertThat(h.path("date").asText()).startsWith(month);
        }

        JsonNode statements = http.get("/api/search?event_type=STATEMENT&limit=0").json();
        assertThat(statements.path("total").asLong()).isGreaterThan(0);

        JsonNode story = all.path("facets").path("stories").get(0);
        JsonNode inStory = http.get("/api/search?story=" + story.path("value").asText()).json();
        assertThat(inStory.path("total").asLong()).isEqualTo(story.path("count").asLong());
        assertThat(story.path("label").asText()).isNotBlank(); // the story's title
    }

    @Test
    void searchPages() throws Exception {
        JsonNode first = http.get("/api/search?limit=5").json();
        JsonNode second = http.get("/api/search?limit=5&offset=5").json();
        assertThat(first.path("hits").size()).isEqualTo(5);
        assertThat(second.path("hits").get(0).path("id").asText()).isNotEqualTo(first.path("hits").get(0).path("id").asText());
        assertThat(second.path("offset").asInt()).isEqualTo(5);
    }

    @Test
    void badSearchesAreRefusedWithReasons() throws Exception {
        assertError(http.get("/api/search?limit=101"), 400, "limit");
        assertError(http.get("/api/search?limit=-1"), 400, "limit");
        assertError(http.get("/api/search?limit=ten"), 400, "limit");
        assertError(http.get("/api/search?offset=10001"), 400, "offset");
        assertError(http.get("/api/search?q=" + "a".repeat(501)), 400, "longer than 500");
        assertError(http.get("/api/search?type=ROBOT"), 400, "type must be one of");
        assertError(http.get("/api/search?event_type=DANCE"), 400, "event_type");
        assertError(http.get("/api/search?from=yesterday"), 400, "not a date");
        assertError(http.get("/api/search?from=2016&to=2015"), 400, "empty");
        assertError(http.get("/api/search?q=" + Http.enc("(unbalanced AND")), 400, "cannot read the query");
        assertError(http.get("/api/search?duplicates=maybe"), 400, "true or false");
        StringBuilder many = new StringBuilder("/api/search?");
        for (int i = 0; i < 21; i++) {
            many.append("entity=e").append(i).append('&');
        }
        assertError(http.get(many.toString()), 400, "at most 20");
    }

    // ---- articles ------------------------------------------------------------------------------------------------

    @Test
    void articleHasItsTextAndEveryExtractedItemWithOffsets() throws Exception {
        String id = firstHit("Cameron resign");
        JsonNode a = http.get("/api/articles/" + id).json();
        String text = a.path("text").asText();
        String title = a.path("title").asText();
        assertThat(title).contains("Cameron");
        JsonNode x = a.path("extraction");
        assertThat(x.path("entities").size()).isGreaterThan(3);
        for (JsonNode e : x.path("entities")) {
            for (String kind : List.of("mentions", "references")) {
                for (JsonNode m : e.path(kind)) {
                    String field = m.path("field").asText("body").equals("title") ? title : text;
                    assertThat(field.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
                }
            }
        }
        assertThat(x.path("timexes").size()).isGreaterThan(0);
        for (JsonNode q : x.path("quotes")) {
            assertThat(text.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("text").asText());
        }
        assertThat(x.path("quotes").size()).isGreaterThan(0);
        for (JsonNode v : x.path("events")) {
            JsonNode ev = v.path("evidence");
            assertThat(text.substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("text").asText());
        }
        // the dossier of each entity the analysis resolved, and the article's story
        JsonNode dossiers = a.path("entity_dossiers");
        assertThat(dossiers.size()).isGreaterThan(0);
        List<String> ids = new ArrayList<>();
        dossiers.forEach(d -> ids.add(d.path("id").asText()));
        assertThat(ids).contains("david-cameron");
        assertThat(a.path("stories").size()).isEqualTo(1);
    }

    @Test
    void unknownArticleIs404() throws Exception {
        assertError(http.get("/api/articles/0000000000000000"), 404, "no article");
        assertError(http.get("/api/articles/" + "x".repeat(201)), 400, "not an id");
    }

    // ---- entities and quotes -------------------------------------------------------------------------------------

    @Test
    void entitiesAreFoundByAnyName() throws Exception {
        JsonNode r = http.get("/api/entities?name=Cameron").json();
        assertThat(r.path("dossiers").get(0).path("id").asText()).isEqualTo("david-cameron");
        assertThat(r.path("dossiers").get(0).path("aliases").toString()).contains("Cameron");
        JsonNode all = http.get("/api/entities?limit=10").json();
        assertThat(all.path("dossiers").size()).isEqualTo(10);
        assertThat(all.path("total").asInt()).isGreaterThan(10);
        assertThat(http.get("/api/entities?name=Zzyzx%20Qwerty").json().path("total").asInt()).isZero();
        assertError(http.get("/api/entities?limit=0"), 400, "limit");
        assertError(http.get("/api/entities?name=" + "n".repeat(201)), 400, "longer than");
    }

    @Test
    void dossierHasArticlesQuotesEventsAndRelationsWithTheirSentences() throws Exception {
        JsonNode d = http.get("/api/entities/david-cameron").json();
        assertThat(d.path("dossier").path("name").asText()).isEqualTo("David Cameron");
        assertThat(d.path("dossier").path("type").asText()).isEqualTo("PERSON");
        assertThat(d.path("articles").size()).isGreaterThanOrEqualTo(3);
        assertThat(d.path("quotes").size()).isGreaterThan(0);
        assertThat(d.path("quotes").get(0).path("speaker").path("id").asText()).isEqualTo("david-cameron");
        assertThat(d.path("events").size()).isGreaterThan(0);
        JsonNode related = d.path("related");
        assertThat(related.size()).isGreaterThan(3);
        boolean sentenceSeen = false;
        for (JsonNode rel : related) {
            assertThat(rel.path("count").asInt()).isGreaterThanOrEqualTo(rel.path("articles").size());
            for (JsonNode a : rel.path("articles")) {
                String text = http.get("/api/articles/" + a.path("id").asText()).json().path("text").asText();
                for (JsonNode s : a.path("sentences")) {
                    assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo(s.path("text").asText());
                    sentenceSeen = true;
                }
            }
        }
        assertThat(sentenceSeen).as("some relation shows the sentence naming both").isTrue();
        assertError(http.get("/api/entities/no-such-person"), 404, "no entity");
    }

    @Test
    void quotesOfASpeakerAboutAnEntity() throws Exception {
        JsonNode all = http.get("/api/quotes?speaker=Cameron").json();
        assertThat(all.path("speaker").path("id").asText()).isEqualTo("david-cameron");
        assertThat(all.path("total").asInt()).isGreaterThan(1);
        JsonNode about = http.get("/api/quotes?speaker=Cameron&about=Brussels").json();
        assertThat(about.path("total").asInt()).isBetween(1, all.path("total").asInt() - 1);
        assertThat(about.path("about").path("id").asText()).isEqualTo("brussels");
        assertThat(about.path("quotes").get(0).path("text").asText()).contains("Brussels");
        assertError(http.get("/api/quotes"), 400, "speaker is required");
        assertError(http.get("/api/quotes?speaker=Nobody%20Atall"), 404, "no entity called");
        assertError(http.get("/api/quotes?speaker=Cameron&about=Nobody%20Atall"), 404, "no entity called");
    }

    // ---- timeline and stories ------------------------------------------------------------------------------------

    @Test
    void timelineIsInDateOrderWithSources() throws Exception {
        JsonNode t = http.get("/api/timeline").json();
        JsonNode entries = t.path("entries");
        assertThat(entries.size()).isGreaterThan(5);
        String previous = "";
        Set<String> precisions = new HashSet<>();
        for (JsonNode e : entries) {
            assertThat(e.path("start").asText()).isGreaterThanOrEqualTo(previous);
            assertThat(e.path("end").asText()).isGreaterThanOrEqualTo(e.path("start").asText());
            previous = e.path("start").asText();
            precisions.add(e.path("precision").asText());
            assertThat(e.path("description").asText()).isNotBlank();
            JsonNode src = e.path("sources").get(0);
            assertThat(src.path("article_title").asText()).isNotBlank();
            JsonNode article = http.get("/api/articles/" + src.path("article_id").asText()).json();
            List<String> eventIds = new ArrayList<>();
            article.path("extraction").path("events").forEach(v -> eventIds.add(v.path("id").asText()));
            assertThat(eventIds).contains(src.path("event_id").asText());
        }
        assertThat(precisions).contains("DAY");
        JsonNode cameron = http.get("/api/timeline?entity=Cameron").json();
        assertThat(cameron.path("total").asInt()).isBetween(1, entries.size() - 1);
        JsonNode range = http.get("/api/timeline?from=2016&to=2016-12").json();
        for (JsonNode e : range.path("entries")) {
            assertThat(e.path("end").asText()).isGreaterThanOrEqualTo("2016-01-01");
            assertThat(e.path("start").asText()).isLessThanOrEqualTo("2016-12-31");
        }
        String story = entries.get(entries.size() - 1).path("story_ids").get(0).asText();
        assertThat(http.get("/api/timeline?story=" + story).json().path("total").asInt()).isGreaterThan(0);
        assertError(http.get("/api/timeline?from=soon"), 400, "not a date");
        assertError(http.get("/api/timeline?story=s999"), 404, "no story");
        assertError(http.get("/api/timeline?entity=Nobody%20Atall"), 404, "no entity");
        assertError(http.get("/api/timeline?limit=1001"), 400, "limit");
    }

    @Test
    void storiesInOrderWithWhatEachArticleAdded() throws Exception {
        JsonNode list = http.get("/api/stories").json();
        assertThat(list.path("stories").size()).isGreaterThanOrEqualTo(7);
        for (JsonNode s : list.path("stories")) {
            assertThat(s.path("articles").asInt()).isGreaterThan(1);
        }
        assertThat(http.get("/api/stories?all=true").json().path("total").asInt()).isGreaterThanOrEqualTo(list.path("total").asInt());
        JsonNode brexit = null;
        for (JsonNode s : list.path("stories")) {
            if (s.path("title").asText().contains("referendum")) {
                brexit = s;
            }
        }
        assertThat(brexit).as("the Brexit story").isNotNull();
        JsonNode story = http.get("/api/stories/" + brexit.path("id").asText()).json();
        JsonNode articles = story.path("articles");
        assertThat(articles.size()).isEqualTo(brexit.path("articles").asInt());
        Set<String> introduced = new HashSet<>();
        String previousDate = "";
        for (int i = 0; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            for (JsonNode p : a.path("new_entities")) {
                assertThat(introduced.add(p.path("id").asText())).as("introduced once: " + p).isTrue();
            }
            if (a.path("date").isTextual()) {
                assertThat(a.path("date").asText()).isGreaterThanOrEqualTo(previousDate);
                previousDate = a.path("date").asText();
            }
            if (i > 0) {
                assertThat(a.path("joined_because").asText()).isNotBlank();
            }
        }
        assertThat(articles.get(0).path("new_entities").size()).isGreaterThan(0);
        assertError(http.get("/api/stories/s999"), 404, "no story");
        assertError(http.get("/api/stories?limit=500"), 400, "limit");
    }

    // ---- extract -------------------------------------------------------------------------------------------------

    static final String ARTICLE = "ROME, 11 December. Russian Foreign Minister Sergey Lavrov said on Friday that Russia "
            + "is not about to join the U.S.-led coalition. \"We will not join it,\" Lavrov told reporters in Rome.";

    @Test
    void extractPlainText() throws Exception {
        Http.Response r = http.post("/api/extract?published=2015-12-11", "text/plain; charset=utf-8",
                "Lavrov rules out joining coalition\n\n" + ARTICLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode x = r.json();
        assertThat(x.path("title").asText()).isEqualTo("Lavrov rules out joining coalition");
        assertThat(x.path("document_date").path("value").asText()).isEqualTo("2015-12-11");
        assertThat(x.path("entities").toString()).contains("Sergey Lavrov");
        assertThat(x.path("quotes").size()).isGreaterThan(0);
        assertThat(x.path("timexes").size()).isGreaterThan(0);
    }

    @Test
    void extractJson() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Lavrov rules out joining coalition");
        body.put("text", ARTICLE);
        body.put("published", "2015-12-11");
        JsonNode x = http.postJson("/api/extract", body).json();
        assertThat(x.path("dateline").path("place").asText()).isEqualTo("Rome");
        assertThat(x.path("events").size()).isGreaterThan(0);
        // nothing was stored
        assertThat(http.get("/api/search?q=" + Http.enc("\"not about to join\"") + "&limit=0").json().path("total").asLong()).isZero();
    }

    @Test
    void badExtractRequests() throws Exception {
        assertError(http.post("/api/extract", "text/plain", "   \n  "), 400, "empty");
        assertError(http.post("/api/extract", "application/json", "{\"title\": \"x\""), 400, "malformed JSON");
        assertError(http.post("/api/extract", "application/json", "[1, 2]"), 400, "JSON object");
        assertError(http.post("/api/extract", "application/json", "{\"title\": \"no text\"}"), 400, "no \"text\"");
        assertError(http.post("/api/extract", "application/json", "{\"text\": 42}"), 400, "must be a string");
        assertError(http.post("/api/extract", "application/json", "{\"text\": \"x\", \"published\": \"11/12/2015\"}"), 400, "yyyy-mm-dd");
        assertError(http.post("/api/extract", "application/xml", "<article/>"), 415, "text/plain or application/json");
        assertError(http.post("/api/extract", "text/plain", "T\n" + "word ".repeat(1_100_000)), 413, "larger than");
    }

    // ---- ingest --------------------------------------------------------------------------------------------------

    @Test
    void ingestJsonThenFindIt() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Quokka census finds record numbers on Rottnest Island");
        body.put("text", "PERTH, March 3 (Reuters) - Conservationist Maria Quokkabest said on Tuesday that a census on "
                + "Rottnest Island counted a record number of quokkas. \"We are delighted,\" Quokkabest said.");
        body.put("published", "2020-03-03");
        Http.Response r = http.postJson("/api/ingest", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.path("stored").asLong()).isEqualTo(1);
        assertThat(report.path("analysed").asBoolean()).isTrue();
        String id = report.path("articles").get(0).path("id").asText();
        assertThat(report.path("articles").get(0).path("status").asText()).isEqualTo("stored");
        JsonNode article = http.get("/api/articles/" + id).json();
        assertThat(article.path("title").asText()).startsWith("Quokka census");
        assertThat(article.path("source").asText()).isEqualTo("web");
        assertThat(http.get("/api/search?q=quokkas").json().path("hits").get(0).path("id").asText()).isEqualTo(id);
        // the analysis was refreshed: the new person has a dossier
        assertThat(http.get("/api/entities?name=Quokkabest").json().path("total").asInt()).isEqualTo(1);

        JsonNode again = http.postJson("/api/ingest", body).json();
        assertThat(again.path("stored").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(1);
        assertThat(again.path("articles").get(0).path("status").asText()).isEqualTo("unchanged");
    }

    @Test
    void ingestAJsonArrayAndPlainText() throws Exception {
        List<Map<String, Object>> batch = List.of(
                Map.of("title", "Wombat crossing opens in Canberra", "text", "CANBERRA, May 4 - A wombat crossing opened on Monday in Canberra, the city council said."),
                Map.of("title", "Platypus sighted in Melbourne creek", "text", "MELBOURNE, May 5 - A platypus was sighted in a Melbourne creek on Tuesday, rangers said."));
        JsonNode r = http.postJson("/api/ingest", batch).json();
        assertThat(r.path("stored").asLong()).isEqualTo(2);
        assertThat(r.path("articles").size()).isEqualTo(2);
        Http.Response plain = http.post("/api/ingest?published=2021-06-01", "text/plain",
                "Echidna festival draws crowds\n\nADELAIDE, June 1 - An echidna festival drew large crowds in Adelaide on Tuesday.");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        String id = plain.json().path("articles").get(0).path("id").asText();
        assertThat(http.get("/api/articles/" + id).json().path("published").asText()).isEqualTo("2021-06-01");
    }

    @Test
    void ingestUploadedFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("koala-count.txt", ("Koala count rises in Queensland\n\nBRISBANE, July 7 - The koala count in Queensland rose "
                + "this year, the state environment minister said on Wednesday.").getBytes(StandardCharsets.UTF_8));
        files.put("../../etc/empty.txt", new byte[0]);
        Http.Response r = http.upload("/api/ingest", files);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.path("stored").asLong()).isEqualTo(1);
        assertThat(report.path("bad_inputs").asLong()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("input").asText()).isEqualTo("upload/empty.txt");
        String id = report.path("articles").get(0).path("id").asText();
        JsonNode article = http.get("/api/articles/" + id).json();
        assertThat(article.path("title").asText()).isEqualTo("Koala count rises in Queensland");
        assertThat(article.path("source").asText()).isEqualTo("upload/koala-count.txt");
    }

    @Test
    void badIngestRequests() throws Exception {
        assertError(http.post("/api/ingest", "application/json", "{\"title\": \"no text\"}"), 400, "no \"text\"");
        assertError(http.post("/api/ingest", "application/json", "[{\"text\": \"ok\"}, \"not an object\"]"), 400, "article 2");
        assertError(http.post("/api/ingest", "application/json", "[]"), 400, "no articles");
        assertError(http.post("/api/ingest", "application/json", "nope"), 400, "malformed JSON");
        assertError(http.post("/api/ingest", "application/pdf", "%PDF"), 415, "multipart/form-data");
        assertError(http.post("/api/ingest", null, "text"), 415, "no Content-Type");
        byte[] big = new byte[(int) DatelineServer.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(http.post("/api/ingest", "text/plain", big), 413, "larger than");
        assertError(http.upload("/api/ingest", Map.of("big.txt", big)), 413, "larger than");
        assertError(http.upload("/api/ingest", Map.of()), 400, "no files");
    }

    // ---- export --------------------------------------------------------------------------------------------------

    @Test
    void exportsInEveryFormat() throws Exception {
        Http.Response jsonl = http.get("/api/export/jsonl");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(35);
        for (String line : lines) {
            assertThat(Json.MAPPER.readTree(line).path("id").asText()).isNotBlank();
        }
        Http.Response csv = http.get("/api/export/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("dossier,type,name,aliases,roles,articles,mentions\n").contains("david-cameron,PERSON,David Cameron");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        for (String format : List.of("graphml", "gexf")) {
            Http.Response xml = http.get("/api/export/" + format);
            assertThat(xml.status()).isEqualTo(200);
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("node").getLength()).as(format).isGreaterThan(50);
            assertThat(doc.getElementsByTagName("edge").getLength()).as(format).isGreaterThan(50);
        }
        assertError(http.get("/api/export/pdf"), 404, "jsonl, csv, graphml or gexf");
    }

    // ---- thread safety -------------------------------------------------------------------------------------------

    @Test
    void readsGoOnWhileAnIngestRuns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            Future<Http.Response> ingest = pool.submit(() -> http.postJson("/api/ingest", Map.of("title", "Emu parade delights Perth",
                    "text", "PERTH, August 8 - An emu parade delighted crowds in Perth on Saturday, organisers said.")));
            for (int i = 0; i < 40; i++) {
                String path = switch (i % 4) {
                    case 0 -> "/api/search?q=canal";
                    case 1 -> "/api/entities/david-cameron";
                    case 2 -> "/api/timeline";
                    default -> "/api/stories";
                };
                reads.add(pool.submit(() -> http.get(path).status()));
            }
            for (Future<Integer> r : reads) {
                assertThat(r.get()).isEqualTo(200);
            }
            assertThat(ingest.get().status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
