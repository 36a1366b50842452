package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI in a real browser (headless Chromium from Debian's packages): search with the keyboard and facets, an
 * article's highlights, a dossier and its graph, the timeline, upload, and escaping of hostile article text.
 * Skipped, with a message, where /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
class BrowserTest {

    @TempDir
    static Path temp;

    static DatelineServer server;
    static ChromeDriver driver;
    static Pages pages;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Chrome.assumeInstalled();
        Path data = temp.resolve("data");
        TestCorpus.seed(data);
        server = DatelineServer.start(data, 0);
        http = new Http(server.url());
        driver = Chrome.start(Files.createDirectories(temp.resolve("profile")));
        pages = new Pages(driver, server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String idOf(String query) throws Exception {
        return http.get("/api/search?q=" + Http.enc(query) + "&limit=1").json().path("hits").get(0).path("id").asText();
    }

    @Test
    void searchFromTheKeyboardThenNarrowWithAFacet() {
        pages.open("");
        pages.awaitElement(".hit");
        new Actions(driver).sendKeys("/").perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        driver.switchTo().activeElement().sendKeys("rocket", Keys.ENTER);
        pages.await(d -> d.getCurrentUrl().contains("q=rocket") && d.findElement(By.cssSelector(".count")).getText().contains("rocket"));
        pages.waitDrawn();
        List<WebElement> titles = driver.findElements(By.cssSelector(".hit h2 a"));
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0).getText().toLowerCase(Locale.ROOT)).contains("rocket");
        assertThat(driver.findElements(By.cssSelector(".histogram svg a"))).isNotEmpty();

        WebElement facet = driver.findElement(By.cssSelector(".facets .facet-list a"));
        String value = facet.getAttribute("title");
        facet.click();
        pages.await(d -> !d.findElements(By.cssSelector(".chips .chip")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".chips .chip")).getText()).contains(value);
        assertThat(driver.getCurrentUrl()).contains("entity=");
    }

    @Test
    void articleShowsItsHighlightsAndLeadsToADossier() throws Exception {
        pages.open("article/" + idOf("Cameron resign"));
        pages.awaitElement(".article-text");
        for (String kind : List.of(".hl-entity", ".hl-timex", ".hl-quote", ".hl-event")) {
            assertThat(driver.findElements(By.cssSelector(".article-text " + kind))).as(kind).isNotEmpty();
        }
        WebElement date = driver.findElement(By.cssSelector(".article-text .hl-timex"));
        assertThat(date.getAttribute("title")).startsWith("date: 2016-");
        WebElement person = driver.findElements(By.cssSelector(".article-text .hl-entity.ent-person")).stream()
                .filter(e -> e.getText().contains("Cameron")).findFirst().orElseThrow();
        person.click();
        WebElement dossier = pages.awaitElement(".details .dossier-link");
        assertThat(driver.findElement(By.cssSelector(".details h3")).getText()).contains("David Cameron");
        dossier.click();
        pages.await(d -> d.getCurrentUrl().contains("#/entity/david-cameron"));
        pages.waitDrawn();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("David Cameron");
    }

    @Test
    void dossierGraphEdgesLeadToTheSentencesBehindThem() {
        pages.open("entity/david-cameron");
        pages.awaitElement("svg.graph");
        assertThat(driver.findElements(By.cssSelector("svg.graph .node-link")).size()).isGreaterThan(3);
        assertThat(driver.findElement(By.cssSelector(".dossier-head")).getText()).contains("Also known as", "Cameron");
        assertThat(driver.findElements(By.cssSelector(".quote-list li"))).isNotEmpty();
        driver.findElement(By.cssSelector("svg.graph .edge-link")).click();
        WebElement relation = pages.awaitElement(".relation");
        assertThat(relation.getText()).contains("David Cameron —");
        WebElement sentence = pages.awaitElement(".relation .sentences a");
        sentence.click();
        pages.await(d -> d.getCurrentUrl().contains("focus="));
        pages.waitDrawn();
        assertThat(driver.findElements(By.cssSelector(".article-text .hl-focus"))).isNotEmpty();
    }

    @Test
    void timelineDrawsSpansZoomsAndLinksToEvidence() {
        pages.open("timeline");
        pages.awaitElement("svg.timeline-svg");
        assertThat(driver.findElements(By.cssSelector("svg.timeline-svg .ev-link")).size()).isGreaterThan(5);
        assertThat(driver.findElements(By.cssSelector("svg.timeline-svg .ev-year"))).as("a year-only date drawn as a span").isNotEmpty();
        String before = driver.findElement(By.cssSelector(".timeline-range")).getText();
        driver.findElement(By.cssSelector("button[aria-label='Zoom in']")).click();
        pages.await(d -> !d.findElement(By.cssSelector(".timeline-range")).getText().equals(before));
        driver.findElement(By.cssSelector("button[aria-label='Show everything']")).click();
        pages.await(d -> d.findElement(By.cssSelector(".timeline-range")).getText().equals(before));
        driver.findElement(By.cssSelector(".event-list li a")).click();
        pages.await(d -> d.getCurrentUrl().contains("#/article/") && d.getCurrentUrl().contains("event="));
        pages.waitDrawn();
        assertThat(driver.findElements(By.cssSelector(".article-text .hl-focus"))).as("the event's evidence").isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".details")).getText()).containsIgnoringCase("when");
    }

    @Test
    void uploadPastedTextAndAFile() throws Exception {
        pages.open("upload");
        driver.findElement(By.id("paste-title")).sendKeys("Penguins parade on Phillip Island");
        driver.findElement(By.id("paste-text")).sendKeys("MELBOURNE, Feb 2 (Reuters) - Thousands of little penguins paraded on "
                + "Phillip Island on Sunday, park ranger Tom Fairy said.");
        driver.findElement(By.cssSelector(".paste-form button[type=submit]")).click();
        WebElement stored = pages.awaitElement(".paste-result .report a");
        assertThat(driver.findElement(By.cssSelector(".paste-result .report")).getText()).contains("stored 1 article");
        stored.click();
        pages.await(d -> d.getCurrentUrl().contains("#/article/"));
        pages.waitDrawn();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Penguins parade on Phillip Island");

        Path file = temp.resolve("seal-count.txt");
        Files.writeString(file, "Seal count doubles in Hobart\n\nHOBART, March 9 - The number of seals counted near Hobart "
                + "doubled this year, marine scientist Jane Selkie said on Monday.\n", StandardCharsets.UTF_8);
        pages.open("upload");
        driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        pages.awaitElement(".upload-row.done");
        assertThat(driver.findElement(By.cssSelector(".upload-row")).getText()).contains("seal-count.txt", "1 article stored");
        driver.findElement(By.cssSelector(".upload-row .report a")).click();
        pages.await(d -> d.getCurrentUrl().contains("#/article/"));
        pages.waitDrawn();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seal count doubles in Hobart");
    }

    @Test
    void articleTextAndTitleAreShownLiterallyAndNothingRuns() throws Exception {
        String title = "Breaking <script>window.__xss=1</script> news <img src=x onerror=\"window.__xss=2\">";
        String text = "ROME, 5 May. Foreign Minister Anna Rossi said <img src=x onerror=\"window.__xss=2\"> that the talks "
                + "went well. <script>window.__xss=1</script> \"We agreed <b onmouseover=\"window.__xss=3\">a lot</b>,\" Rossi said.";
        Http.Response r = http.postJson("/api/ingest", Map.of("title", title, "text", text, "published", "2024-05-05"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String id = r.json().path("articles").get(0).path("id").asText();

        pages.open("article/" + id);
        pages.awaitElement(".article-text");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.cssSelector(".article-text")).getText())
                .contains("<img src=x onerror=\"window.__xss=2\">", "<script>window.__xss=1</script>", "<b onmouseover=");
        assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".article-text"))).perform();
        assertThat(pages.script("return typeof window.__xss")).isEqualTo("undefined");

        pages.open("search?q=Rossi");
        pages.awaitElement(".hit");
        assertThat(driver.findElement(By.cssSelector(".hit h2 a")).getText()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(pages.script("return typeof window.__xss")).isEqualTo("undefined");

        pages.open("entities?name=" + Http.enc("<script>window.__xss=4</script>"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<script>window.__xss=4</script>");
        assertThat(pages.script("return typeof window.__xss")).isEqualTo("undefined");
    }
}
