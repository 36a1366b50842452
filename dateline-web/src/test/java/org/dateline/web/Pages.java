package org.dateline.web;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens pages of the web UI and waits for what they show. */
final class Pages {

    private final WebDriver driver;
    private final String base;

    Pages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Opens a page of the app ("article/ID", "timeline?story=s1") and waits until it is drawn. */
    void open(String route) {
        driver.get(base + "#/" + route);
        waitDrawn();
    }

    void waitDrawn() {
        await(d -> {
            Object busy = ((JavascriptExecutor) d).executeScript(
                    "const m = document.getElementById('main'); return m && !m.hasAttribute('aria-busy') && !!m.querySelector('.view');");
            return Boolean.TRUE.equals(busy);
        });
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement awaitElement(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
