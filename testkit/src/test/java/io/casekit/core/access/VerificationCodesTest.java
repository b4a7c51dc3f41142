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
package io.casekit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.access.StoredCode;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.testkit.notify.RecordingNotifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue #15: verification codes for signing in, issued and checked by Casekit, kept only as salted hashes. */
class VerificationCodesTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final Casekit casekit = Casekit.builder()
            .store(store)
            .identity(new InMemoryDirectory()
                    .add(new Customer("ACME", "Acme", Optional.of("SLA")))
                    .add(Actor.contact("jan", "Jan Peeters", "ACME").language(Locale.forLanguageTag("nl-BE")).email("jan@acme.example").build())
                    .add(Actor.contact("nomail", "No Mail", "ACME").build()))
            .clock(clock)
            .notifier(notifier)
            .definition(Presets.load("it-services"))
            .build();
    private final VerificationCodes codes = casekit.verificationCodes();

    /** Requests a code for Jan's log-in and reads it from the mail, as Jan would. */
    private String requestCode() {
        CodeRequest request = codes.request("jan", "login");
        assertThat(request.delivery()).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(request.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        List<Message> mails = notifier.deliveredTo("jan@acme.example");
        Matcher code = CODE.matcher(mails.get(mails.size() - 1).text());
        assertThat(code.find()).as("a 6-digit code in the mail").isTrue();
        return code.group(1);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private void assertRefused(String code, AccessRefusedException.Reason reason) {
        assertThatThrownBy(() -> codes.verify("jan", "login", code)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).satisfies(e -> assertThat(e.getMessage()).doesNotContain(code));
    }

    @Test
    void theCodeArrivesInTheContactsLanguageAndIsAcceptedOnce() {
        String code = requestCode();

        assertThat(notifier.deliveredTo("jan@acme.example").get(0).text()).contains("Uw verificatiecode is " + code).contains("10 minuten");
        assertThatCode(() -> codes.verify("jan", "login", " " + code + " ")).doesNotThrowAnyException();
        assertRefused(code, AccessRefusedException.Reason.USED);
    }

    @Test
    void aCodeIsAcceptedOnlyForThePurposeItWasRequestedFor() {
        String code = requestCode();

        assertThatThrownBy(() -> codes.verify("jan", "delete-account", code)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.NO_CODE));
        codes.verify("jan", "login", code);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = requestCode();
        clock.advance(Duration.ofMinutes(10));

        assertRefused(code, AccessRefusedException.Reason.EXPIRED);
    }

    @Test
    void aCodeIsStillGoodJustBeforeItExpires() {
        String code = requestCode();
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        assertThatCode(() -> codes.verify("jan", "login", code)).doesNotThrowAnyException();
    }

    @Test
    void wrongCodesCountAndTheFifthEndsTheCodeEvenForTheRightOne() {
        String code = requestCode();
        for (int attempt = 1; attempt <= 4; attempt++) {
            int left = 5 - attempt;
            assertThatThrownBy(() -> codes.verify("jan", "login", wrong(code))).isInstanceOfSatisfying(AccessRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.WRONG_CODE)).hasMessageContaining(left + " attempt(s) left");
        }
        assertRefused(wrong(code), AccessRefusedException.Reason.WRONG_CODE);

        assertRefused(code, AccessRefusedException.Reason.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() {
        String first = requestCode();
        String second = requestCode();
        if (!first.equals(second)) {
            assertRefused(first, AccessRefusedException.Reason.WRONG_CODE);
        }
        codes.verify("jan", "login", second);
    }

    @Test
    void fiveCodesAnHourAndNoMore() {
        for (int i = 0; i < 5; i++) {
            requestCode();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThatThrownBy(() -> codes.request("jan", "login")).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.TOO_MANY_REQUESTS));
        assertThat(notifier.deliveredTo("jan@acme.example")).hasSize(5);

        clock.advance(Duration.ofMinutes(36)); // the first request is now more than an hour ago
        requestCode();
    }

    @Test
    void noCodeForAnUnknownActorOrOneWithoutMailAndNoneToCheckBeforeOneWasRequested() {
        assertThatThrownBy(() -> codes.request("nobody", "login")).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.NO_CODE));
        assertThatThrownBy(() -> codes.request("nomail", "login")).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.NO_CODE));
        assertRefused("123456", AccessRefusedException.Reason.NO_CODE);
        assertThat(notifier.delivered()).isEmpty();
    }

    /**
     * Brute force: within the attempt limit a guesser tries at most 5 of the 1,000,000 codes, so
     * succeeds with probability at most 5e-6 per code; the hourly limit bounds the codes, so at most
     * 25 guesses an hour reach a live code (2.5e-5).
     */
    @Test
    void aGuesserGetsFiveTriesPerCodeAndFiveCodesAnHour() {
        VerificationPolicy policy = VerificationPolicy.DEFAULT;
        assertThat((double) policy.attempts() / Math.pow(10, policy.digits())).isLessThanOrEqualTo(5e-6);

        int evaluated = 0;
        for (int request = 0; request < 5; request++) {
            String code = requestCode();
            for (int guess = 0; guess < 20; guess++) {
                try {
                    codes.verify("jan", "login", wrong(code) + "");
                } catch (AccessRefusedException e) {
                    if (e.reason() == AccessRefusedException.Reason.WRONG_CODE) {
                        evaluated++;
                    }
                }
            }
            assertRefused(code, AccessRefusedException.Reason.TOO_MANY_ATTEMPTS);
        }
        assertThat(evaluated).as("guesses compared with a live code in an hour").isEqualTo(5 * 5);
        assertThatThrownBy(() -> codes.request("jan", "login")).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theStoreHoldsASaltedHashNeverTheCode() {
        String code = requestCode();

        StoredCode stored = store.verificationCodes().orElseThrow().latest("jan", "login").orElseThrow();
        assertThat(stored.toString()).doesNotContain(code);
        assertThat(stored.hash()).hasSize(64).doesNotContain(code);
        assertThat(stored.salt()).hasSize(32);
        requestCode();
        StoredCode next = store.verificationCodes().orElseThrow().latest("jan", "login").orElseThrow();
        assertThat(next.salt()).isNotEqualTo(stored.salt());
    }

    @Test
    void ofChecksRacingWithTheRightCodeExactlyOneIsAccepted() throws Exception {
        String code = requestCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                checks.add(pool.submit(() -> {
                    start.await();
                    try {
                        codes.verify("jan", "login", code);
                        return true;
                    } catch (AccessRefusedException e) {
                        assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.USED);
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> check : checks) {
                accepted += check.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofRequestsRacingPastTheHourlyLimitOnlyTheLimitIsIssued() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                requests.add(pool.submit(() -> {
                    start.await();
                    try {
                        codes.request("jan", "login");
                        return true;
                    } catch (AccessRefusedException e) {
                        assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.TOO_MANY_REQUESTS);
                        return false;
                    }
                }));
            }
            start.countDown();
            int issued = 0;
            for (Future<Boolean> request : requests) {
                issued += request.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(issued).isEqualTo(5);
            assertThat(notifier.deliveredTo("jan@acme.example")).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLogsTellWhatHappenedButNeverTheCode() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String code;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8)); // where slf4j-simple writes
        try {
            code = requestCode();
            try {
                codes.verify("jan", "login", wrong(code));
            } catch (AccessRefusedException expected) {
                // logged, as the right code below
            }
            codes.verify("jan", "login", code);
        } finally {
            System.setErr(err);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("verification code for actor jan (login) issued").contains("refused: WRONG_CODE").contains("accepted");
        assertThat(logs).doesNotContain(code).doesNotContain(wrong(code));
    }
}
