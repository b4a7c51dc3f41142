/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.examples.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's Chromium on the portal: its own ChromeDriver session and profile (so its own
 * cookies and session), with the few moves every journey makes: open a page, fill in and submit a
 * form, wait for what the page shows, sign in with the code from the mailbox page. Every page the
 * browser lands on is saved as a screenshot.
 *
 * <p>Selenium never downloads anything: the driver is Debian's {@code /usr/bin/chromedriver} and
 * the browser {@code /usr/bin/chromium}, or what the system properties {@value #CHROMEDRIVER} and
 * {@value #CHROMIUM} name.
 */
public final class Browser implements AutoCloseable {

    /** The system property naming the Chromium binary; default {@code /usr/bin/chromium}. */
    public static final String CHROMIUM = "portal.chromium";
    /** The system property naming the ChromeDriver binary; default {@code /usr/bin/chromedriver}. */
    public static final String CHROMEDRIVER = "portal.chromedriver";

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Pattern SIGN_IN_SUBJECT = Pattern.compile("v[eé]rific", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CODE = Pattern.compile("(?is)code.*?(?<!\\d)(\\d{6,10})(?!\\d)");

    private final String baseUrl;
    private final Screenshots screenshots;
    private final String person;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(String baseUrl, Screenshots screenshots, String person, Path profile, ChromeDriverService service,
            ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.person = person;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** {@return the Chromium binary the suite runs} */
    public static Path chromium() {
        return Path.of(System.getProperty(CHROMIUM, "/usr/bin/chromium"));
    }

    /** {@return the ChromeDriver binary the suite runs} */
    public static Path chromedriver() {
        return Path.of(System.getProperty(CHROMEDRIVER, "/usr/bin/chromedriver"));
    }

    /**
     * Fails (never skips) when Chromium or ChromeDriver is missing: the suite only runs with
     * {@code -Pbrowser}, where they must be installed.
     *
     * @throws AssertionError naming the missing binary and how to install it
     */
    public static void requireInstalled() {
        for (Path binary : List.of(chromium(), chromedriver())) {
            if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
                throw new AssertionError("The browser suite needs " + binary + " (an executable file), which is missing. "
                        + "Install Chromium and its driver (apt-get install -y chromium chromium-driver), or name other "
                        + "binaries with -D" + CHROMIUM + "=... and -D" + CHROMEDRIVER + "=...");
            }
        }
    }

    /**
     * Starts a fresh headless Chromium with an empty profile.
     *
     * @param baseUrl the portal, e.g. {@code http://localhost:8080}
     * @param screenshots where the pages go
     * @param person whose browser it is, part of each screenshot's name
     * @return the browser, on a blank page
     */
    public static Browser start(String baseUrl, Screenshots screenshots, String person) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("portal-chromium-" + person + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver().toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
        return new Browser(baseUrl, screenshots, person, profile, service, driver);
    }

    /** {@return the WebDriver, for what this class does not cover} */
    public WebDriver driver() {
        return driver;
    }

    /** {@return the path and query of the page shown, without the portal's address} */
    public String path() {
        String url = driver.getCurrentUrl();
        return url != null && url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : String.valueOf(url);
    }

    /**
     * Opens a page of the portal.
     *
     * @param path the path and query, e.g. {@code /desk?lang=en}
     * @param page the page's name in the screenshot
     */
    public void open(String path, String page) {
        driver.get(baseUrl + path);
        loaded();
        screenshot(page);
    }

    /**
     * Saves the page shown as {@code <journey>-<nn>-<person>-<page>.png}.
     *
     * @param page the page's name
     */
    public void screenshot(String page) {
        screenshots.save(person + "-" + page, driver.getScreenshotAs(OutputType.FILE).toPath());
    }

    /**
     * @param locator what to find
     * @return the element, once it is on the page
     */
    public WebElement find(By locator) {
        return waiting(WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /**
     * @param locator what to find
     * @return whether the page has it now (no waiting)
     */
    public boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /**
     * @param locator what to read
     * @return the element's visible text, trimmed
     */
    public String text(By locator) {
        return find(locator).getText().strip();
    }

    /**
     * Replaces the text of a field.
     *
     * @param locator the field
     * @param text what to type
     */
    public void type(By locator, String text) {
        WebElement field = waiting(WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Chooses files in a file input.
     *
     * @param locator the {@code input type=file}
     * @param files the files
     */
    public void attach(By locator, Path... files) {
        WebElement input = find(locator);
        input.sendKeys(String.join("\n", Stream.of(files).map(f -> f.toAbsolutePath().toString()).toList()));
    }

    /**
     * Chooses an option of a select by its value.
     *
     * @param locator the select
     * @param value the option's value
     */
    public void select(By locator, String value) {
        new Select(find(locator)).selectByValue(value);
    }

    /**
     * @param locator a select
     * @return the values of its options
     */
    public List<String> options(By locator) {
        return new Select(find(locator)).getOptions().stream().map(o -> o.getDomProperty("value")).toList();
    }

    /**
     * Clicks a button or link that leaves the page, and waits for the next page.
     *
     * @param locator the button or link
     * @param page the next page's name in the screenshot
     */
    public void click(By locator, String page) {
        WebElement element = waiting(WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        element.click();
        waiting(WAIT).until(ExpectedConditions.stalenessOf(element));
        loaded();
        screenshot(page);
    }

    /**
     * Submits a case page's form and expects the portal's "saved" line; a refusal fails with the
     * reason the page shows.
     *
     * @param button the form's submit button
     * @param page the next page's name in the screenshot
     */
    public void submit(By button, String page) {
        click(button, page);
        WebElement outcome = find(By.cssSelector("p.done, p.error"));
        if (String.valueOf(outcome.getDomAttribute("class")).contains("error")) {
            throw new AssertionError(person + " on " + path() + ": the portal refused with \"" + outcome.getText() + "\"");
        }
    }

    /**
     * Reloads a page until it shows what the condition waits for.
     *
     * @param <T> what the condition gives
     * @param path the page's path and query
     * @param page the page's name in the screenshot (of the last load)
     * @param timeout how long to keep trying
     * @param condition gives a value (not null, not false) once the page shows it
     * @return the condition's value
     */
    public <T> T reloadUntil(String path, String page, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .withMessage(() -> person + ": " + path + " did not show what was awaited within " + timeout)
                    .until(d -> {
                        d.get(baseUrl + path);
                        loaded();
                        return condition.apply(d);
                    });
        } finally {
            screenshot(page);
        }
    }

    /**
     * Signs in with the mailed code: types the address, reads the new code on the mailbox page and
     * types it.
     *
     * @param email the person's address
     */
    public void signIn(String email) {
        String mailbox = "/mailbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        open(mailbox, "mailbox");
        Set<String> earlier = signInCodes();
        open("/sign-in", "sign-in");
        type(By.id("email"), email);
        click(By.id("send-code"), "sign-in-code");
        if (!path().startsWith("/sign-in/code")) {
            throw new AssertionError("after asking a code for " + email + " the browser is on " + path());
        }
        String code = reloadUntil(mailbox, "mailbox-code", WAIT, d -> {
            Set<String> now = signInCodes();
            now.removeAll(earlier);
            return now.stream().findFirst().orElse(null);
        });
        open("/sign-in/code", "sign-in-code-typed");
        type(By.id("code"), code);
        click(By.id("verify"), "signed-in");
    }

    /** Signs out with the header's button. */
    public void signOut() {
        click(By.cssSelector("form[action$='/sign-out'] button"), "signed-out");
    }

    /**
     * @return the entries of the case page's timeline (newest first), each as its visible text
     */
    public List<String> timeline() {
        return driver.findElements(By.cssSelector("section.timeline > ol > li")).stream().map(WebElement::getText).toList();
    }

    /**
     * @param text a text of the case page's timeline
     * @return whether some timeline entry shows it
     */
    public boolean timelineShows(String text) {
        return timeline().stream().anyMatch(entry -> entry.contains(text));
    }

    /**
     * @param text a text of the case page's timeline
     * @return how many timeline entries show it
     */
    public long timelineCount(String text) {
        return timeline().stream().filter(entry -> entry.contains(text)).count();
    }

    /**
     * @param subjectPart a part of the subject
     * @param bodyPart a part of the text, or empty for any
     * @return the first mail (newest first) of the mailbox page shown with both parts
     */
    public Optional<WebElement> mail(String subjectPart, String bodyPart) {
        return driver.findElements(By.cssSelector("article.mail")).stream()
                .filter(mail -> mail.findElement(By.tagName("h2")).getText().contains(subjectPart))
                .filter(mail -> mail.findElement(By.tagName("pre")).getText().contains(bodyPart))
                .findFirst();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private Set<String> signInCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (WebElement mail : driver.findElements(By.cssSelector("article.mail"))) {
            if (SIGN_IN_SUBJECT.matcher(mail.findElement(By.tagName("h2")).getText()).find()) {
                Matcher code = CODE.matcher(mail.findElement(By.tagName("pre")).getText());
                if (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        return codes;
    }

    private void loaded() {
        waiting(WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile; the system cleans its temp directory in the end
        }
    }

    @Override
    public String toString() {
        return person.toLowerCase(Locale.ROOT) + "'s browser on " + baseUrl;
    }
}
