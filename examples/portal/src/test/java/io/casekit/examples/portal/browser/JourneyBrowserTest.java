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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.casekit.core.ManualClock;
import io.casekit.examples.portal.PortalApplication;
import io.casekit.examples.portal.PortalTestContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in a real browser: Debian's Chromium, driven through ChromeDriver over the pages a
 * person uses, two journeys of the guides from the first sign-in to the end of the case. Nothing
 * goes around the pages, except the test clock that lets the feedback window pass.
 *
 * <p>Runs only with {@code -Pbrowser} (tag {@code browser}); fails when Chromium or ChromeDriver
 * is missing. Every page visited is saved under {@code target/screenshots}.
 */
@Tag("browser")
@SpringBootTest(classes = PortalApplication.class, webEnvironment = RANDOM_PORT)
@Import(PortalTestContext.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class JourneyBrowserTest {

    private static final Duration MAIL = Duration.ofSeconds(20);
    private static final By STATUS = By.id("case-status");
    private static final By STAGE = By.id("case-stage");
    private static final By OWNER = By.id("case-owner");
    private static final By TITLE = By.id("case-title");
    private static final Pattern CASE_PAGE = Pattern.compile("^/case/([A-Z]+-[0-9A-Z-]+)");
    /** A 1x1 PNG image. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** A one-page PDF document. */
    private static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @LocalServerPort
    private int port;

    @Autowired
    private ManualClock clock;

    @TempDir
    private Path files;

    private final List<Browser> browsers = new ArrayList<>();

    /**
     * Fails the suite at once when the browser is not installed.
     */
    @BeforeAll
    public static void browserInstalled() {
        Browser.requireInstalled();
    }

    /**
     * @param registry the test context's own database, mail port and attachment directory
     */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
    }

    /** Quits every browser the journey started. */
    @AfterEach
    public void quitBrowsers() {
        RuntimeException failure = null;
        for (Browser browser : browsers) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        browsers.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Guide 000: Anna (Acme, a contact) files an incident with a PDF; Alice (the desk) picks it up,
     * answers and adds an internal note; Anna answers once by mail and once on the case page with
     * an image; Alice resolves it (410, the feedback mail); no feedback comes in seven days, so the
     * case closes by itself (450).
     *
     * @throws IOException if the files to upload cannot be written
     */
    @Test
    @Order(1)
    public void incidentOfGuide000FromFilingToTheAutomaticClose() throws IOException {
        Screenshots shots = new Screenshots("guide000");
        Path pdf = Files.writeString(files.resolve("projector-log.pdf"), PDF, StandardCharsets.US_ASCII);
        Path png = Files.write(files.resolve("projector-photo.png"), PNG);

        // Anna signs in with the mailed code and files an incident with a PDF
        Browser anna = browser(shots, "anna");
        anna.signIn("anna@acme.example");
        assertThat(anna.path()).isEqualTo("/");
        anna.open("/?lang=en", "dashboard");
        anna.click(By.id("nav-new"), "new-case");
        anna.select(By.id("caseType"), "Incident");
        anna.select(By.id("priority"), "P2");
        String title = "Projector in meeting room 4 stays black";
        anna.type(By.id("title"), title);
        anna.type(By.id("description"), "Since this morning the projector shows no image, whatever laptop we connect.");
        anna.select(By.id("field-expertiseDomain"), "MWI");
        anna.attach(By.id("files"), pdf);
        anna.click(By.id("submit-case"), "case-filed");
        String number = caseNumber(anna);
        String casePage = "/case/" + number;
        assertThat(number).startsWith("CAS-");
        assertThat(anna.text(TITLE)).isEqualTo(title);
        assertThat(anna.text(STATUS)).isEqualTo("100. Received");
        assertThat(anna.text(By.id("case-priority"))).isEqualTo("P2 - High");
        assertThat(anna.find(By.cssSelector("section.timeline ul.files a")).getText()).isEqualTo("projector-log.pdf");
        assertThat(anna.timelineShows("Since this morning the projector shows no image")).isTrue();

        // the confirmation with the case number reaches Anna's mailbox
        String annaMailbox = "/mailbox?to=" + URLEncoder.encode("anna@acme.example", StandardCharsets.UTF_8);
        anna.reloadUntil(annaMailbox, "mailbox-confirmation", MAIL, d -> anna.mail(number, number).isPresent());

        // Alice signs in at the desk, finds the case in the queue and takes it
        Browser alice = browser(shots, "alice");
        alice.signIn("alice@vendor.example");
        assertThat(alice.path()).startsWith("/desk");
        alice.open("/desk?lang=en", "queue");
        alice.type(By.id("q"), number);
        alice.click(By.cssSelector("form.search button"), "queue-search");
        alice.click(By.linkText(number), "case");
        assertThat(alice.find(By.id("desk-panel")).isDisplayed()).isTrue();
        alice.select(By.id("assign-to"), "me");
        alice.submit(By.id("assign"), "case-assigned");
        assertThat(alice.text(OWNER)).isEqualTo("Alice Janssens");
        assertThat(alice.text(STATUS)).isEqualTo("200. In Progress");

        // a public answer, then an internal note
        String answer = "We will send a technician. Is the projector's power light green or orange?";
        alice.type(By.id("body"), answer);
        alice.submit(By.id("send-reply"), "case-answered");
        assertThat(alice.timelineShows(answer)).isTrue();
        String note = "Internal: the lamp of this projector model fails often; order a spare.";
        alice.type(By.id("body"), note);
        alice.find(By.cssSelector("input[name=internal]")).click();
        alice.submit(By.id("send-reply"), "case-internal-note");
        assertThat(alice.find(By.cssSelector("section.timeline > ol > li.internal")).getText()).contains(note);

        // Anna answers the mail of Alice's answer as her mail client would
        String mailAnswer = "The power light is orange and blinks.";
        WebElement mail = anna.reloadUntil(annaMailbox, "mailbox-answer", MAIL, d -> anna.mail(number, answer).orElse(null));
        mail.findElement(By.tagName("summary")).click();
        mail.findElement(By.cssSelector("textarea.reply-text")).sendKeys(mailAnswer);
        anna.click(By.cssSelector("article.mail details[open] button.send-mail-reply"), "mailbox-replied");
        assertThat(anna.has(By.cssSelector("p.done"))).isTrue();
        assertThat(anna.path()).startsWith("/mailbox");

        // the desk's inbox routes the mail onto the case, as Anna's public comment
        anna.reloadUntil(casePage, "case-mail-answer", MAIL, d -> anna.timelineShows(mailAnswer));

        // and Anna answers on the case page, with a photo
        String portalAnswer = "Here is a photo of the light.";
        anna.type(By.id("body"), portalAnswer);
        anna.attach(By.id("reply-files"), png);
        anna.submit(By.id("send-reply"), "case-portal-answer");
        assertThat(anna.timelineShows(portalAnswer)).isTrue();
        assertThat(anna.driver().findElements(By.cssSelector("section.timeline ul.files a")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("projector-log.pdf", "projector-photo.png");
        assertThat(anna.timelineShows(answer)).isTrue();
        assertThat(anna.timelineShows(note)).as("Alice's internal note on Anna's page").isFalse();
        assertThat(anna.has(By.cssSelector("section.timeline li.internal"))).isFalse();
        assertThat(anna.has(By.id("desk-panel"))).isFalse();

        // Alice sees both answers and resolves the case: 410, the feedback mail goes out
        alice.open(casePage, "case-answers");
        assertThat(alice.timelineCount(mailAnswer)).as("timeline entries of Anna's one mail answer, seconds after she sent it")
                .isEqualTo(1);
        assertThat(alice.timelineCount(portalAnswer)).isEqualTo(1);
        alice.type(By.xpath("//form[button[@id='action-resolve']]//input[@name='comment']"), "Lamp replaced; the projector works again.");
        alice.submit(By.id("action-resolve"), "case-resolved");
        assertThat(alice.text(STATUS)).isEqualTo("410. Ready - Feedback Email Sent");
        anna.reloadUntil(annaMailbox, "mailbox-resolved", MAIL, d -> anna.mail(number, "Lamp replaced").isPresent());
        anna.open(casePage, "case-resolved");
        assertThat(anna.text(STATUS)).isEqualTo("410. Ready - Feedback Email Sent");

        // no feedback within 7 days: the SYSTEM closes the case (450)
        clock.advance(Duration.ofDays(8));
        anna.reloadUntil(casePage, "case-closed", Duration.ofSeconds(20), d -> anna.text(STATUS).startsWith("450."));
        assertThat(anna.text(STATUS)).isEqualTo("450. Problem solved");
        assertThat(anna.has(By.id("action-resolve"))).isFalse();
    }

    /**
     * Guide 003: Ivo (Initech, an authorised contact) files a change request; Carla (the desk)
     * takes it, asks approval of the first two hours of analysis, which Ivo gives on the case page;
     * after the analysis she asks approval of the estimate (16 hours) at "Waiting for approval",
     * Ivo gives it, and the change goes through development and testing to its release in ACC and
     * the customer's test; Carla resolves it and Ivo closes it.
     */
    @Test
    @Order(2)
    public void changeRequestOfGuide003ThroughItsStagesWithTheCustomersApprovals() {
        Screenshots shots = new Screenshots("guide003");

        // Ivo files a change request
        Browser ivo = browser(shots, "ivo");
        ivo.signIn("ivo@initech.example");
        assertThat(ivo.path()).isEqualTo("/");
        ivo.open("/?lang=en", "dashboard");
        ivo.click(By.id("nav-new"), "new-case");
        ivo.select(By.id("caseType"), "Change Request");
        String title = "Send dunning letters to cash customers too";
        ivo.type(By.id("title"), title);
        ivo.type(By.id("description"), "Dunning letters go to invoice customers only; cash customers with open items should get them too.");
        ivo.type(By.id("field-product"), "Paintpro");
        ivo.click(By.id("submit-case"), "case-filed");
        String number = caseNumber(ivo);
        String casePage = "/case/" + number;
        assertThat(number).startsWith("CASE-");
        assertThat(ivo.text(TITLE)).isEqualTo(title);
        assertThat(ivo.text(STATUS)).isEqualTo("Open");
        assertThat(ivo.text(By.id("case-priority"))).isEqualTo("P4 Low");
        assertThat(ivo.has(STAGE)).as("a stage before the desk starts the analysis").isFalse();

        // Carla takes it from the queue
        Browser carla = browser(shots, "carla");
        carla.signIn("carla@vendor.example");
        assertThat(carla.path()).startsWith("/desk");
        carla.open("/desk?lang=en", "queue");
        carla.type(By.id("q"), number);
        carla.click(By.cssSelector("form.search button"), "queue-search");
        carla.click(By.linkText(number), "case");
        carla.select(By.id("assign-to"), "me");
        carla.submit(By.id("assign"), "case-assigned");
        assertThat(carla.text(OWNER)).isEqualTo("Carla Dubois");
        assertThat(carla.text(STATUS)).isEqualTo("In progress");

        // the analysis needs the customer's approval of its first two hours: the gate of "Analysis"
        assertThat(stagesOffered(carla)).as("stages before the analysis hours are approved").doesNotContain("Analysis");
        requestApproval(carla, "analysis-hours", "2");
        approve(ivo, casePage, "analysis-hours", "analyse-uren");

        carla.open(casePage, "case-analysis-approved");
        moveStage(carla, "Analysis", "");
        assertThat(carla.text(STATUS)).isEqualTo("In progress");
        moveStage(carla, "Send for approval", "");
        moveStage(carla, "Waiting for approval", "");
        assertThat(carla.text(STATUS)).isEqualTo("Need input");

        // the estimate: 16 hours, the gate of "Approved"
        assertThat(stagesOffered(carla)).as("stages before the estimate is approved").doesNotContain("Approved");
        requestApproval(carla, "estimate", "16");
        ivo.open(casePage, "case-estimate-requested");
        assertThat(ivo.text(STAGE)).isEqualTo("Waiting for approval");
        assertThat(ivo.text(By.id("approvals"))).contains("16");
        approve(ivo, casePage, "estimate", "geschatte uren");

        // from the approval to the release in ACC and the customer's test
        carla.open(casePage, "case-estimate-approved");
        moveStage(carla, "Approved", "");
        assertThat(carla.text(STATUS)).isEqualTo("In progress");
        moveStage(carla, "Development", "");
        moveStage(carla, "Testing", "");
        moveStage(carla, "Ready to release", "");
        moveStage(carla, "Released", "ACC");
        assertThat(carla.find(By.cssSelector("section.details")).getText()).contains("Released in environment").contains("ACC");
        moveStage(carla, "Test Customer", "");
        assertThat(carla.text(STATUS)).isEqualTo("Need input");

        // Carla resolves it; Ivo closes it ("Close Case")
        carla.type(By.xpath("//form[button[@id='action-resolve']]//input[@name='comment']"), "Released in ACC; tested by Initech.");
        carla.submit(By.id("action-resolve"), "case-resolved");
        assertThat(carla.text(STATUS)).isEqualTo("Resolved");
        ivo.open(casePage, "case-resolved");
        assertThat(ivo.text(STATUS)).isEqualTo("Resolved");
        assertThat(ivo.text(STAGE)).isEqualTo("Test Customer");
        ivo.submit(By.id("action-close"), "case-closed");
        assertThat(ivo.text(STATUS)).isEqualTo("Closed");
        assertThat(ivo.has(By.id("action-close"))).isFalse();
        carla.open(casePage, "case-closed");
        assertThat(carla.text(STATUS)).isEqualTo("Closed");
        assertThat(carla.text(STAGE)).isEqualTo("Test Customer");
    }

    private Browser browser(Screenshots shots, String person) {
        Browser browser = Browser.start("http://localhost:" + port, shots, person);
        browsers.add(browser);
        return browser;
    }

    private static String caseNumber(Browser browser) {
        Matcher page = CASE_PAGE.matcher(browser.path());
        assertThat(page.find()).as("a case page after filing, not %s (%s)", browser.path(),
                browser.has(By.cssSelector("p.error")) ? browser.text(By.cssSelector("p.error")) : "no refusal shown").isTrue();
        return page.group(1);
    }

    private static void requestApproval(Browser agent, String kind, String hours) {
        agent.select(By.id("approval-kind"), kind);
        agent.type(By.cssSelector("form[action$='/request-approval'] input[name=subject]"), hours);
        agent.submit(By.id("request-approval"), "case-" + kind + "-requested");
        assertThat(agent.text(By.id("approvals"))).contains(hours).contains("waiting for a decision");
    }

    /**
     * The authorised contact (Ivo) reads the request in the mailbox (in Dutch: the approval's label
     * is in the mail), then approves it on the case page.
     */
    private static void approve(Browser contact, String casePage, String kind, String label) {
        String number = casePage.substring("/case/".length());
        String mailbox = "/mailbox?to=" + URLEncoder.encode("ivo@initech.example", StandardCharsets.UTF_8);
        contact.reloadUntil(mailbox, "mailbox-" + kind + "-requested", MAIL, d -> contact.mail(number, label).isPresent());
        contact.open(casePage, "case-" + kind + "-to-approve");
        assertThat(contact.has(By.id("approve-" + kind)))
                .as("the approve button of '%s' on the case page of the authorised contact; the approvals section shows: %s", kind,
                        contact.has(By.id("approvals")) ? contact.text(By.id("approvals")) : "(no approvals section)")
                .isTrue();
        contact.submit(By.id("approve-" + kind), "case-" + kind + "-approved");
        assertThat(contact.text(By.id("approvals"))).contains("approved");
    }

    /** {@return the stages the desk panel offers, none when it shows no stage form} */
    private static List<String> stagesOffered(Browser agent) {
        return agent.has(By.id("stage")) ? agent.options(By.id("stage")) : List.of();
    }

    private static void moveStage(Browser agent, String stage, String releasedIn) {
        agent.select(By.id("stage"), stage);
        if (!releasedIn.isEmpty()) {
            agent.select(By.id("stage-field-releasedIn"), releasedIn);
        }
        agent.submit(By.cssSelector("form[action$='/stage'] button"), "case-stage-" + stage);
        assertThat(agent.text(STAGE)).isEqualTo(stage);
    }
}
