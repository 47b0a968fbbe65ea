package org.ruralitic.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's, driven by its own chromedriver: nothing is downloaded), with or without
 * JavaScript, in a given language, that can run axe-core in the page it shows.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    /**
     * @param deployment the URL Arquillian gives for the deployment.
     * @param language the browser's language, such as {@code fr-FR} or {@code en-GB}.
     * @param javascript whether the browser runs JavaScript.
     */
    public Browser(URL deployment, String language, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ruralitic.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--window-size=1280,1024", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
            "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("ruralitic.it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = deployment.toString().replaceFirst("//[^:/]+", "//localhost");
    }

    /**
     * A browser with JavaScript, signed in through the sample portal's FORM login.
     *
     * @param deployment the deployment.
     * @param language the browser's language.
     * @param user a test user (see {@link Agent}).
     * @return the browser, signed in, showing the back-office.
     */
    public static Browser signedIn(URL deployment, String language, String user) {
        Browser browser = new Browser(deployment, language, true);
        browser.open("ruralitic/admin/");
        browser.type("#j_username", user).type("#j_password", Agent.PASSWORD).clickAndLoad("button[type=submit]");
        return browser;
    }

    /**
     * @param path a path relative to the deployment.
     * @return this browser, showing the page.
     */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /**
     * @param url an absolute address, such as a page of another site.
     * @return this browser, showing the page.
     */
    public Browser visit(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Makes the page as wide as a small phone's screen, as its own device metrics (the window of headless Chromium
     * has a minimum width).
     *
     * @param width the width in CSS pixels, such as 320.
     * @return this browser, the page laid out again.
     */
    public Browser width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /**
     * @param <T> what is read.
     * @param css a CSS selector of a frame.
     * @param read what to read in the frame's document, with this browser.
     * @return what it read.
     */
    public <T> T inFrame(String css, java.util.function.Function<Browser, T> read) {
        driver.switchTo().frame(driver.findElement(By.cssSelector(css)));
        try {
            return read.apply(this);
        }
        finally {
            driver.switchTo().defaultContent();
        }
    }

    /** @return the address of the page shown. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * @param css a CSS selector.
     * @return the visible text of the first element it selects.
     */
    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /**
     * @param css a CSS selector.
     * @return the visible texts of every element it selects, in document order.
     */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /**
     * @param css a CSS selector.
     * @return the elements it selects.
     */
    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * @param css a CSS selector of a link or a button.
     * @return this browser, after the click.
     */
    public Browser click(String css) {
        driver.findElement(By.cssSelector(css)).click();
        return this;
    }

    /**
     * Clicks what loads another page (a link, a form's button without the script) and waits until it has replaced
     * this one: on a busy machine, the next look at the page would otherwise still see the old one.
     *
     * @param css a CSS selector of a link or a button.
     * @return this browser, showing the new page.
     */
    public Browser clickAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        // A new document has a new root element; this needs no script of the page, so it works without JavaScript
        // too. (Asking the old root whether it is stale can fail instead: during the navigation Chromium 156 answers
        // "Node with given id does not belong to the document", not a stale element.)
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(browser -> {
            try {
                return !browser.findElement(By.tagName("html")).equals(page);
            }
            catch (WebDriverException e) {
                return false;
            }
        });
        return this;
    }

    /**
     * @param css a CSS selector of a field.
     * @param text what to type into it.
     * @return this browser.
     */
    public Browser type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * @param script JavaScript run in the page, as the body of a function.
     * @param arguments its {@code arguments}.
     * @return what it returns.
     */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * @param css a CSS selector.
     * @param text a text that the first element it selects should come to contain.
     * @return the element's text once it does.
     * @throws org.openqa.selenium.TimeoutException when it does not within 30 seconds.
     */
    public String waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(css), text));
        return text(css);
    }

    /** @return the id of the element that has the focus, or an empty string. */
    public String focused() {
        return (String) driver.executeScript("return document.activeElement ? document.activeElement.id : '';");
    }

    /**
     * Runs axe-core in the page, for the WCAG 2.0/2.1 A and AA rules.
     *
     * @return the violations, each as "rule: help (n nodes)"; empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        driver.executeScript(axe());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')), e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    private static String axe() {
        try {
            return Files.readString(Path.of(System.getProperty("ruralitic.it.axe", "target/axe-core/axe.min.js")));
        }
        catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: the build unpacks it from Maven Central (mvn verify)", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
