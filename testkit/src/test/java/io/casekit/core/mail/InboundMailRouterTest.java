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
package io.casekit.core.mail;

import static io.casekit.core.notify.MailDesk.ALICE;
import static io.casekit.core.notify.MailDesk.ANNA;
import static io.casekit.core.notify.MailDesk.GINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Merge;
import io.casekit.core.mail.Routing.Accepted;
import io.casekit.core.mail.Routing.Outcome;
import io.casekit.core.mail.Routing.Refused;
import io.casekit.core.notify.MailDesk;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mail into cases: replies become comments, new mail becomes cases, and nothing else changes anything. */
class InboundMailRouterTest {

    private final MailDesk desk = new MailDesk("it-services");
    private final InboundMailRouter router = desk.casekit.mailRouter().openingCasesWith("expertiseDomain", "MWI");
    private Case waiting;

    @BeforeEach
    void aCaseWaitsForAnna() {
        Case c = desk.open(ANNA, "VPN drops");
        desk.cases().execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));
        waiting = desk.cases().execute(ALICE, new ChangeStatus(c.id(), "310", Optional.of("Which client version?")));
    }

    private String token() {
        return "[" + waiting.number() + "]";
    }

    private Refused refused(InboundMail mail) {
        int cases = desk.store.size();
        List<CaseEvent> before = desk.store.events(waiting.id());
        Routing routing = router.route(mail);
        assertThat(routing).isInstanceOf(Refused.class);
        assertThat(desk.store.size()).as("no case opened").isEqualTo(cases);
        assertThat(desk.store.events(waiting.id())).as("nothing recorded").isEqualTo(before);
        return (Refused) routing;
    }

    @Test
    void aReplyWithTheTokenAddsAPublicCommentAsTheContactAndHandsTheCaseBackToTheDesk() {
        List<AttachmentInfo> attachments = List.of(new AttachmentInfo("vpn.log", "text/plain", 2048));

        Routing routing = router.route(new InboundMail("Anna Acme <Anna@ACME.test>", "RE: Status van uw case: 310 " + token(),
                "Client 5.2.1.\n\nMet vriendelijke groet,\nAnna", attachments));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.outcome()).isEqualTo(Outcome.COMMENT_ADDED);
            assertThat(accepted.sender()).isEqualTo(ANNA);
            assertThat(accepted.attachments()).isEqualTo(attachments);
            assertThat(accepted.result().statusReason()).isEqualTo("200");
        });
        List<CaseEvent> added = desk.store.events(waiting.id()).stream()
                .filter(e -> e.header().version() == waiting.version() + 1).toList();
        assertThat(added).filteredOn(CommentAdded.class::isInstance).singleElement().isInstanceOfSatisfying(CommentAdded.class, c -> {
            assertThat(c.body()).isEqualTo("Client 5.2.1.\n\nMet vriendelijke groet,\nAnna");
            assertThat(c.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(c.header().actor()).isEqualTo(new ActorRef(ActorKind.CONTACT, ANNA));
        });
        assertThat(added).filteredOn(StatusChanged.class::isInstance).singleElement().isInstanceOfSatisfying(StatusChanged.class,
                s -> assertThat(s.cause()).isEqualTo(StatusChanged.Cause.RULE));
        assertThat(desk.messagesTo(waiting.id(), ALICE)).as("the owner hears of the reply").hasSize(1);
    }

    @Test
    void ordinaryBracketsAndTheSameTokenTwiceAreFine() {
        Routing routing = router.route(new InboundMail("anna@acme.test", "[EXTERNAL] Re: " + token() + " Fwd: " + token(), "Still broken."));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.outcome()).isEqualTo(Outcome.COMMENT_ADDED));
    }

    @Test
    void aMailWithoutATokenFromAKnownContactOpensACaseForItsCustomer() {
        Routing routing = router.route(new InboundMail("anna@acme.test", "Printer on floor 2 jams", "It jams on every duplex print."));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.outcome()).isEqualTo(Outcome.CASE_OPENED);
            Case opened = accepted.result();
            assertThat(opened.title()).isEqualTo("Printer on floor 2 jams");
            assertThat(opened.description()).isEqualTo("It jams on every duplex print.");
            assertThat(opened.customerId()).isEqualTo("ACME");
            assertThat(opened.contactId()).contains(ANNA);
            assertThat(opened.caseType()).isEqualTo("Incident");
            assertThat(desk.messagesTo(opened.id(), ANNA)).singleElement()
                    .satisfies(m -> assertThat(m.subject()).endsWith("[" + opened.number() + "]"));
        });
    }

    @Test
    void aNewCaseTheWorkflowRefusesIsRefusedWithItsReason() {
        Routing routing = desk.casekit.mailRouter().route(new InboundMail("anna@acme.test", "Printer jams", "Every duplex print."));

        assertThat(routing).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.REFUSED_BY_WORKFLOW);
            assertThat(r.message()).contains("expertiseDomain");
        });
    }

    @Test
    void aSubjectWithLineBreaksIsOneLineAndSmugglesNothingIn() {
        Routing reply = router.route(new InboundMail("anna@acme.test", "Re: " + token() + "\r\nBcc: everyone@example.com", "Thanks."));
        Routing opening = router.route(new InboundMail("anna@acme.test", "Printer\r\n jams\nBcc: everyone@example.com\r", "Every duplex."));

        assertThat(reply).isInstanceOf(Accepted.class);
        assertThat(opening).isInstanceOfSatisfying(Accepted.class,
                a -> assertThat(a.result().title()).isEqualTo("Printer jams Bcc: everyone@example.com"));
    }

    @Test
    void aMailWithoutSubjectTakesItsFirstLineAsTitle() {
        Routing routing = router.route(new InboundMail("anna@acme.test", " ", "\n  Monitor flickers  \nsince Monday"));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.result().title()).isEqualTo("Monitor flickers"));
    }

    @Test
    void anUnknownSenderIsRefused() {
        assertThat(refused(new InboundMail("mallory@evil.test", "Re: " + token(), "Let me in.")).reason())
                .isEqualTo(RefusalReason.UNKNOWN_SENDER);
        assertThat(refused(new InboundMail("mallory@evil.test", "New problem", "Open a case.")).reason())
                .isEqualTo(RefusalReason.UNKNOWN_SENDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "anna@acme.test, mallory@evil.test", "Anna <anna@acme.test", "<anna@acme.test> x",
            "anna@@acme.test", "@acme.test", "anna@", "anna@acme.test\r\nBcc: x", ""})
    void anUnreadableSenderIsRefused(String from) {
        assertThat(refused(new InboundMail(from, "Re: " + token(), "Text")).reason()).isEqualTo(RefusalReason.UNKNOWN_SENDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mallory@evil.test, Anna <anna@acme.test>", "Mallory <mallory@evil.test>, Anna <anna@acme.test>",
            "mallory@evil.test,anna@acme.test", "Mallory <mallory@evil.test> <anna@acme.test>", "team: mallory@evil.test, anna@acme.test;",
            "mallory@evil.test <anna@acme.test>", "Mallory (of evil) <anna@acme.test>", "Mallory; <anna@acme.test>",
            "\"Mallory <anna@acme.test>", "\"anna\"@acme.test", "anna@acme.test (Anna)", "Anna <anna@acme.test>\r\n<x@evil.test>"})
    void aFromThatIsNotExactlyOneMailboxIsRefusedRatherThanAttributedToOneOfThem(String from) {
        assertThat(refused(new InboundMail(from, "Re: " + token(), "Text")).reason()).isEqualTo(RefusalReason.UNKNOWN_SENDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Acme, Anna <boss@acme.test>\" <anna@acme.test>", "Anna Acme <anna@acme.test>", "anna@ACME.test",
            "=?UTF-8?Q?Anna_Acm=C3=A9?= <anna@acme.test>", "  <anna@acme.test>  ", "Ánna \"the\" Acme <anna@acme.test>"})
    void oneMailboxWithAnyDisplayNameIsItsAddress(String from) {
        assertThat(router.route(new InboundMail(from, "Re: " + token(), "Text"))).isInstanceOfSatisfying(Accepted.class,
                a -> assertThat(a.sender()).isEqualTo(ANNA));
    }

    @Test
    void anAddressTwoActorsShareIsNoSender() {
        desk.directory.add(Actor.contact("anna-2", "Anna Twin", "ACME").email("anna@acme.test").build());

        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token(), "Text")).reason()).isEqualTo(RefusalReason.UNKNOWN_SENDER);
    }

    @Test
    void anAgentIsNotAContact() {
        assertThat(refused(new InboundMail("alice@desk.test", "Re: " + token(), "Answer.")).reason()).isEqualTo(RefusalReason.NOT_A_CONTACT);
    }

    @Test
    void aTokenOfAnotherCustomersCaseLooksToTheSenderExactlyLikeATokenOfNoCase() {
        String unknown = waiting.number().substring(0, 10) + (waiting.number().endsWith("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ");

        Refused foreign = refused(new InboundMail("gina@globex.test", "Re: " + token(), "Let me see that case."));
        Refused none = refused(new InboundMail("gina@globex.test", "Re: [" + unknown + "]", "Let me see that case."));

        assertThat(desk.directory.findActor(GINA).orElseThrow().customerId()).contains("GLOBEX");
        assertThat(foreign.reason()).isEqualTo(RefusalReason.UNKNOWN_CASE).isEqualTo(none.reason());
        assertThat(foreign.message().replace(waiting.number(), "#")).isEqualTo(none.message().replace(unknown, "#"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lower", "blanks", "both", "fullwidth", "zerowidth", "nbsp"})
    void aTokenThatDiffersOnlyInLetterCaseBlanksOrWidthFindsItsCase(String variant) {
        String number = waiting.number();
        String token = switch (variant) {
            case "lower" -> "[" + number.toLowerCase(java.util.Locale.ROOT) + "]";
            case "blanks" -> "[ " + number.substring(0, 4) + " " + number.substring(4) + " ]";
            case "both" -> "[" + number.substring(0, 6).toLowerCase(java.util.Locale.ROOT) + "\t" + number.substring(6) + "]";
            case "fullwidth" -> "\uFF3B" + fullWidth(number) + "\uFF3D";
            case "zerowidth" -> "[" + number.substring(0, 3) + "\u200B" + number.substring(3) + "\u200D]";
            default -> "[" + number.substring(0, 4) + "\u00A0" + number.substring(4) + "]";
        };
        int cases = desk.store.size();

        Routing routing = router.route(new InboundMail("anna@acme.test", "Re: " + token, "Client 5.2.1"));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.COMMENT_ADDED);
            assertThat(a.result().id()).isEqualTo(waiting.id());
        });
        assertThat(desk.store.size()).as("no new case").isEqualTo(cases);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0421", "\u0410", "\u039A"})
    void aTokenWithALookAlikeLetterIsMalformedNeitherMatchedNorOpenedAsACase(String lookAlike) {
        // Cyrillic Es for C, Cyrillic A for A, Greek Kappa for the random part's K
        String number = waiting.number();
        String forged = lookAlike.equals("\u039A") ? number.substring(0, number.length() - 1) + lookAlike
                : number.replaceFirst(lookAlike.equals("\u0421") ? "C" : "A", lookAlike);

        assertThat(refused(new InboundMail("anna@acme.test", "Re: [" + forged + "]", "Hello")).reason())
                .isEqualTo(RefusalReason.MALFORMED_TOKEN);
    }

    @Test
    void aTokenWithNonLatinDigitsIsMalformed() {
        String number = waiting.number();
        String forged = number.substring(0, 4) + "\u0660\u0660\u0660\u0660\u0661" + number.substring(9);

        assertThat(refused(new InboundMail("anna@acme.test", "Re: [" + forged + "]", "Hello")).reason())
                .isEqualTo(RefusalReason.MALFORMED_TOKEN);
    }

    @Test
    void ordinaryBracketedTextInOtherScriptsIsNoToken() {
        Routing routing = router.route(new InboundMail("anna@acme.test", "[\u0412\u0410\u0416\u041D\u041E] [Ärger] Drucker", "Text"));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.outcome()).isEqualTo(Outcome.CASE_OPENED));
    }

    @Test
    void aRefusalQuotesBoundedInput() {
        String huge = "[CAS-" + "1".repeat(1_000_000) + "-ABCDEF";

        Refused refused = refused(new InboundMail("anna@acme.test", "Re: " + huge, "Hello"));

        assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_TOKEN);
        assertThat(refused.message()).hasSizeLessThan(300);
    }

    @Test
    void aForgedTokenOfNoCaseIsRefused() {
        assertThat(refused(new InboundMail("anna@acme.test", "Re: [CAS-99999-ZZZZZZ]", "Hello?")).reason())
                .isEqualTo(RefusalReason.UNKNOWN_CASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[CAS-0001-ABCDEF]", "[CAS-00001-ABCDEF", "[CAS-]", "[CAS-00001-ABCDEFG]", "[cas-0001-abcdef]",
            "[CAS-00001-ABCDE]", "[CAS-00001-ABCD-F]"})
    void aMalformedTokenIsRefused(String token) {
        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token, "Hello")).reason()).isEqualTo(RefusalReason.MALFORMED_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[CAS-00001-abcdef]", "[CAS-00001-ABC DEF]", "[CAS-00001-ABCDEF\r\n ]", "[ cas-00001-AbCdEf ]"})
    void aTokenOfNoCaseIsUnknownWhateverItsLetterCaseOrBlanks(String token) {
        assertThat(waiting.number()).isNotEqualTo("CAS-00001-ABCDEF");
        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token, "Hello")).reason()).isEqualTo(RefusalReason.UNKNOWN_CASE);
    }

    @Test
    void aMalformedTokenBesideAGoodOneIsRefusedToo() {
        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token() + " [CAS-1-X]", "Hello")).reason())
                .isEqualTo(RefusalReason.MALFORMED_TOKEN);
    }

    @Test
    void twoCasesInOneSubjectAreRefused() {
        Case other = desk.open(ANNA, "Printer jams");

        assertThat(refused(new InboundMail("anna@acme.test", token() + " and [" + other.number() + "]", "Both")).reason())
                .isEqualTo(RefusalReason.AMBIGUOUS_TOKENS);
    }

    @Test
    void aReplyWithoutTextIsRefused() {
        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token(), " \r\n ")).reason()).isEqualTo(RefusalReason.EMPTY_MESSAGE);
        assertThat(refused(new InboundMail("anna@acme.test", "", " ")).reason()).isEqualTo(RefusalReason.EMPTY_MESSAGE);
    }

    @Test
    void aReplyToAClosedCaseIsRefused() {
        desk.cases().execute(ALICE, new Cancel(waiting.id()));
        waiting = desk.store.find(waiting.id()).orElseThrow();

        assertThat(refused(new InboundMail("anna@acme.test", "Re: " + token(), "One more thing")).reason())
                .isEqualTo(RefusalReason.CASE_NOT_OPEN);
    }

    @Test
    void aReplyToAMergedCaseLandsOnTheCaseItWasMergedInto() {
        Case target = desk.open(ANNA, "VPN drops, the main case");
        desk.cases().execute(ALICE, new Merge(target.id(), List.of(waiting.id())));
        Case merged = desk.store.find(waiting.id()).orElseThrow();

        Routing routing = router.route(new InboundMail("anna@acme.test", "Re: " + token(), "Client 5.2.1"));

        assertThat(routing).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.outcome()).isEqualTo(Outcome.COMMENT_ADDED);
            assertThat(accepted.result().id()).isEqualTo(target.id());
        });
        assertThat(desk.store.find(waiting.id())).contains(merged);
        assertThat(desk.store.events(target.id())).filteredOn(e -> e instanceof CommentAdded)
                .singleElement().satisfies(e -> assertThat(((CommentAdded) e).body()).isEqualTo("Client 5.2.1"));
    }
}
