package org.dateline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 1280x800 screenshots of every page of the web UI, taken in headless Chromium over a store seeded with the sample
 * corpus (or a given one). Run through {@link ScreenshotsTest}:
 *
 * <pre>{@code
 * mvn -B -pl dateline-web -am test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddateline.screenshots=/tmp/dateline-screens
 * }</pre>
 *
 * or its {@link #main} on the test class path: {@code Screenshots OUT_DIR [DATA_DIR]}.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/dateline-screens");
        Path temp = Files.createTempDirectory("dateline-screens");
        Path data;
        if (args.length > 1) {
            data = Path.of(args[1]);
        } else {
            data = temp.resolve("data");
            TestCorpus.seed(data);
        }
        try (DatelineServer server = DatelineServer.start(data, 0)) {
            ChromeDriver driver = Chrome.start(Files.createDirectories(temp.resolve("profile")));
            try {
                for (Path p : take(driver, server.url(), out)) {
                    System.out.println("wrote " + p);
                }
            } finally {
                driver.quit();
            }
        }
    }

    /** Each page, drawn and settled, as out/NN-page.png. */
    static List<Path> take(ChromeDriver driver, String base, Path out) throws Exception {
        Files.createDirectories(out);
        Http http = new Http(base);
        Pages pages = new Pages(driver, base);
        String article = http.get("/api/search?q=" + Http.enc("Cameron resign") + "&limit=1").json().path("hits").get(0).path("id").asText();
        String story = "s1";
        for (var s : http.get("/api/stories").json().path("stories")) {
            if (s.path("title").asText().contains("referendum")) {
                story = s.path("id").asText();
            }
        }
        List<Path> written = new ArrayList<>();

        pages.open("");
        written.add(shot(driver, out, "01-search"));

        pages.open("search?q=" + Http.enc("Britain") + "&type=PERSON");
        written.add(shot(driver, out, "02-search-filtered"));

        pages.open("article/" + article);
        List<WebElement> people = driver.findElements(By.cssSelector(".article-text .hl-entity.ent-person"));
        if (!people.isEmpty()) {
            people.get(0).click();
            pages.awaitElement(".details .dossier-link");
        }
        written.add(shot(driver, out, "03-article"));

        pages.open("entity/david-cameron?rel=european-union");
        pages.script("window.scrollTo(0, 0)");
        written.add(shot(driver, out, "04-dossier"));

        pages.open("timeline");
        written.add(shot(driver, out, "05-timeline"));

        pages.open("timeline?story=" + story);
        written.add(shot(driver, out, "06-timeline-story"));

        pages.open("stories");
        written.add(shot(driver, out, "07-stories"));

        pages.open("story/" + story);
        written.add(shot(driver, out, "08-story"));

        pages.open("entities");
        written.add(shot(driver, out, "09-entities"));

        pages.open("upload");
        written.add(shot(driver, out, "10-upload"));

        var entry = http.get("/api/timeline?entity=" + Http.enc("Sebastian Pinera")).json().path("entries").get(0);
        var source = entry.path("sources").get(0);
        pages.open("article/" + source.path("article_id").asText() + "?event=" + source.path("event_id").asText());
        written.add(shot(driver, out, "11-article-event-evidence"));
        return written;
    }

    private static Path shot(ChromeDriver driver, Path out, String name) throws IOException {
        Path file = out.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
