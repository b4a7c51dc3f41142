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

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.notify.Message;
import io.casekit.testkit.notify.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15: whatever a portal and a guesser do, in any order and at any pace, a code is accepted
 * only if it is the latest one requested, within its validity, before the attempt limit, and only
 * once. Each step's outcome is compared with a small model of the rules.
 */
class VerificationCodesPropertyTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    /** One step: request a code, type the right or a wrong one, type an old one, or let minutes pass. */
    enum Step { REQUEST, RIGHT, WRONG, OLD, WAIT_2, WAIT_7 }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void aCodeIsAcceptedOnlyWhenTheRulesSaySoAndNeverTwice(@ForAll("steps") List<Step> steps) {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
        VerificationCodes codes = Casekit.builder()
                .store(new InMemoryCaseStore())
                .identity(new InMemoryDirectory().add(new Customer("ACME", "Acme", Optional.empty()))
                        .add(Actor.contact("jan", "Jan", "ACME").email("jan@acme.example").build()))
                .clock(clock).notifier(notifier).definition(Presets.load("it-services")).build()
                .verificationCodes();

        // the model
        String latest = null;
        String previous = null;
        Instant expiresAt = Instant.MIN;
        int failures = 0;
        boolean used = false;
        Deque<Instant> issued = new ArrayDeque<>();
        Set<String> accepted = new HashSet<>();

        for (Step step : steps) {
            Instant now = clock.instant();
            switch (step) {
                case WAIT_2 -> clock.advance(Duration.ofMinutes(2));
                case WAIT_7 -> clock.advance(Duration.ofMinutes(7));
                case REQUEST -> {
                    while (!issued.isEmpty() && issued.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
                        issued.removeFirst();
                    }
                    Optional<AccessRefusedException.Reason> refusal = outcome(() -> codes.request("jan", "login"));
                    if (issued.size() >= 5) {
                        assertThat(refusal).contains(AccessRefusedException.Reason.TOO_MANY_REQUESTS);
                    } else {
                        assertThat(refusal).isEmpty();
                        issued.addLast(now);
                        previous = latest;
                        latest = lastCode(notifier);
                        expiresAt = now.plus(Duration.ofMinutes(10));
                        failures = 0;
                        used = false;
                    }
                }
                case RIGHT, WRONG, OLD -> {
                    String typed = step == Step.RIGHT ? latest : step == Step.OLD ? previous : latest == null ? "000000" : wrong(latest);
                    if (typed == null) {
                        typed = "123456";
                    }
                    String code = typed;
                    Optional<AccessRefusedException.Reason> refusal = outcome(() -> {
                        codes.verify("jan", "login", code);
                        return null;
                    });
                    AccessRefusedException.Reason expected;
                    if (latest == null) {
                        expected = AccessRefusedException.Reason.NO_CODE;
                    } else if (used) {
                        expected = AccessRefusedException.Reason.USED;
                    } else if (failures >= 5) {
                        expected = AccessRefusedException.Reason.TOO_MANY_ATTEMPTS;
                    } else if (!now.isBefore(expiresAt)) {
                        expected = AccessRefusedException.Reason.EXPIRED;
                    } else if (code.equals(latest)) {
                        expected = null;
                    } else {
                        expected = AccessRefusedException.Reason.WRONG_CODE;
                    }
                    assertThat(refusal).isEqualTo(Optional.ofNullable(expected));
                    if (expected == null) {
                        used = true;
                        assertThat(accepted.add(latest + "@" + expiresAt)).as("a code accepted twice").isTrue();
                    } else if (expected == AccessRefusedException.Reason.WRONG_CODE) {
                        failures++;
                    }
                }
                default -> throw new IllegalStateException(step.name());
            }
        }
    }

    private static Optional<AccessRefusedException.Reason> outcome(Supplier<?> call) {
        try {
            call.get();
            return Optional.empty();
        } catch (AccessRefusedException e) {
            return Optional.of(e.reason());
        }
    }

    private static String lastCode(RecordingNotifier notifier) {
        List<Message> mails = notifier.deliveredTo("jan@acme.example");
        Matcher code = CODE.matcher(mails.get(mails.size() - 1).text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
