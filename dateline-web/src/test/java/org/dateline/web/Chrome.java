package org.dateline.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven by Debian's chromedriver: nothing downloads a browser or a driver
 * (both paths are given, so Selenium Manager is never asked). CI installs them with
 * {@code apt-get install -y chromium chromium-driver}.
 */
final class Chrome {

    static final Path BROWSER = Path.of(System.getProperty("dateline.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("dateline.chromedriver", "/usr/bin/chromedriver"));
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private Chrome() {
    }

    /** Skips the calling test, saying why, when the browser or its driver is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests skipped: " + BROWSER + " or " + DRIVER + " is missing "
                        + "(install Debian's packages: apt-get install -y chromium chromium-driver)");
    }

    /** A headless browser with a fresh profile in {@code profile} and a 1280x800 viewport. */
    static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }
}
