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
package io.casekit.examples.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import io.casekit.core.Casekit;
import io.casekit.core.access.AccessRequestForm;
import io.casekit.core.access.ProfileUpdate;
import io.casekit.core.access.VerificationPolicy;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.core.workflow.Presets;
import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, guides 000 and 001 end to end, with real parts: a person asks for access, the desk
 * approves, the invitation arrives over SMTP, the person redeems it, signs in with the verification
 * code from a bilingual mail, sets its profile, files a case and hears only what it wants to hear;
 * it never sees another customer's case, and no code is ever in the database in clear. On an H2
 * file and on PostgreSQL.
 */
class OnboardingTest {

    private static final Pattern INVITATION_CODE = Pattern.compile("\\b([A-Z2-7]{26})\\b");
    private static final Pattern LOGIN_CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String JAN = "jan@acme.test";

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void startMail() {
        smtp.start();
    }

    @AfterEach
    void stopMail() {
        smtp.stop();
    }

    @Test
    void onAnH2File(@TempDir Path dir) throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath())) {
            onboard(pool);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                HikariDataSource pool = pool(server.getJdbcUrl("postgres", "postgres"))) {
            onboard(pool);
        }
    }

    private void onboard(HikariDataSource pool) throws Exception {
        InMemoryDirectory directory = new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(new Customer("GLOBEX", "Globex BV", Optional.of("SLA")))
                .add(Actor.contact("gina", "Gina Globex", "GLOBEX").email("gina@globex.test").build())
                .add(Actor.agent("alice", "Alice Agent").teams("mwi").email("alice@desk.test").build());
        Casekit casekit = Casekit.builder()
                .store(JdbcCaseStore.builder(pool).migrate(true).build())
                .identity(directory)
                .definition(Presets.load("it-services"))
                .notifier(SmtpNotifier.builder().host("localhost").port(smtp.getSmtp().getPort()).security(SmtpSecurity.NONE)
                        .from("desk@desk.test", "Service Desk").build())
                .verificationPolicy(VerificationPolicy.DEFAULT.writtenAlsoIn(Locale.forLanguageTag("nl"), Locale.ENGLISH))
                .clock(Clock.systemUTC())
                .build();

        // guide 001: the access request form; the desk approves it for Acme
        String requestId = casekit.accessRequests().submit(AccessRequestForm.of("Jan Jansen", JAN, "Acme", "I log our incidents.")
                .withPhone("+32 2 555 01 23").withFunction("IT manager").withLanguage(Locale.forLanguageTag("nl-BE"))).id();
        casekit.accessRequests().approve("alice", requestId, "ACME", false);

        // guide 000: "Sign up with an invitation code"
        String invitationCode = codeIn(lastMailTo(JAN), INVITATION_CODE);
        Actor jan = casekit.invitations().redeem(invitationCode);
        assertThat(jan.customerId()).contains("ACME");

        // guide 000: the verification code by mail, in Dutch and English, valid for 10 minutes
        casekit.verificationCodes().request(jan.id(), "login");
        String loginMail = body(lastMailTo(JAN));
        assertThat(loginMail.indexOf("Uw verificatiecode is")).isNotNegative().isLessThan(loginMail.indexOf("Your verification code is"));
        String loginCode = codeIn(lastMailTo(JAN), LOGIN_CODE);
        casekit.verificationCodes().verify(jan.id(), "login", loginCode);

        // guide 001: contact preferences; Jan does not want to hear that a case was picked up
        casekit.profiles().update(jan.id(), jan.id(), ProfileUpdate.none().withLanguage(Locale.ENGLISH)
                .withMutedTriggers(Set.of(NotificationTrigger.ASSIGNED)));

        Case filed = casekit.cases().execute(jan.id(), OpenCase.builder().title("VPN drops").description("Every few minutes.")
                .caseType("Incident").customField("expertiseDomain", "MWI").build());
        casekit.cases().execute("alice", new Assign(filed.id(), Owner.agent("alice")));
        Case globex = casekit.cases().execute("gina", OpenCase.builder().title("Printer").description("Jammed.")
                .caseType("Incident").customField("expertiseDomain", "MWI").build());
        casekit.dispatcher().runDue();

        List<String> subjects = Arrays.stream(smtp.getReceivedMessagesForDomain(JAN)).map(OnboardingTest::subject).toList();
        assertThat(subjects.get(0)).isEqualTo("Uw uitnodiging voor het portaal van Acme NV");
        assertThat(subjects.get(1)).isEqualTo("Uw verificatiecode / Your verification code");
        assertThat(subjects.subList(2, subjects.size())).anyMatch(s -> s.startsWith("Case received: VPN drops")) // in the profile's language
                .noneMatch(s -> s.startsWith("Your case is being handled")); // muted: ASSIGNED
        assertThat(casekit.cases().search(jan.id(), CaseQuery.firstPage(CaseFilter.ALL)).cases()).extracting(Case::id).containsExactly(filed.id());
        assertThatThrownBy(() -> casekit.cases().get(jan.id(), globex.id()))
                .isInstanceOfAny(AccessDeniedException.class, CaseNotFoundException.class);
        assertThat(everyValueIn(pool, "casekit_invitation", "casekit_verification_code", "casekit_outbox", "casekit_access_request",
                "casekit_profile", "casekit_profile_change")).doesNotContain(invitationCode).doesNotContain(loginCode);
    }

    private MimeMessage lastMailTo(String address) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).as("mail to " + address).isNotEmpty();
        return received[received.length - 1];
    }

    private static String codeIn(MimeMessage mail, Pattern code) {
        Matcher found = code.matcher(body(mail));
        assertThat(found.find()).as("a code in the mail").isTrue();
        return found.group(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of a mail, decoded. */
    private static String body(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                }
                throw new AssertionError("no text part");
            }
            return (String) content;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every value of every row of the tables, as one text. */
    private static String everyValueIn(HikariDataSource pool, String... tables) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
