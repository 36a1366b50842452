package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Writes 1280x800 screenshots of every page: to {@code -Ddateline.screenshots=DIR} when given, else to
 * {@code screenshots/} in the build directory. Look at them after a change to the UI.
 */
class ScreenshotsTest {

    @TempDir
    Path temp;

    @Test
    void everyPageAt1280x800() throws Exception {
        Chrome.assumeInstalled();
        String dir = System.getProperty("dateline.screenshots");
        Path out = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("dateline.build.directory", temp.toString())).resolve("screenshots");
        Path data = temp.resolve("data");
        TestCorpus.seed(data);
        try (DatelineServer server = DatelineServer.start(data, 0)) {
            ChromeDriver driver = Chrome.start(Files.createDirectories(temp.resolve("profile")));
            try {
                List<Path> shots = Screenshots.take(driver, server.url(), out);
                assertThat(shots).hasSize(11);
                for (Path p : shots) {
                    BufferedImage image = ImageIO.read(p.toFile());
                    assertThat(image.getWidth()).as(p.toString()).isEqualTo(Chrome.WIDTH);
                    assertThat(image.getHeight()).as(p.toString()).isEqualTo(Chrome.HEIGHT);
                }
            } finally {
                driver.quit();
            }
        }
    }
}
