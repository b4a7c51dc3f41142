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
package io.casekit.persistence.jdbc;

import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fixed history of a few cases, their timers, outbox rows and case-number sequences, with every
 * field, event type and value type: what {@code fixtures/v8-rows.json} holds as the V8 schema and
 * the code of that time stored it ({@link V8FixtureWriter}), and what a store reads back from it
 * after any later migration ({@code UpgradeFromV8Test}).
 */
final class V8Sample {

    static final CaseId RICH = new CaseId("v8-rich");
    static final CaseId PLAIN = new CaseId("v8-plain");
    static final CaseId QUIET = new CaseId("v8-quiet");
    static final List<CaseId> CASES = List.of(RICH, PLAIN, QUIET);

    /** Sequence names and the last value the sample took from each. */
    static final String CASE_SEQUENCE = "CAS";
    static final String PLAIN_SEQUENCE = "P-";
    static final long CASE_SEQUENCE_LAST = 3;
    static final long PLAIN_SEQUENCE_LAST = 1;

    /** When the sample claims and fails a notification and claims a timer. */
    static final Instant CLAIM_AT = EventSamples.T0.plus(Duration.ofDays(30));

    private V8Sample() {}

    /** Writes the whole sample through the store's public API. */
    static void writeTo(JdbcCaseStore store) {
        for (long i = 1; i <= CASE_SEQUENCE_LAST; i++) {
            store.nextSequenceValue(CASE_SEQUENCE);
        }
        for (long i = 1; i <= PLAIN_SEQUENCE_LAST; i++) {
            store.nextSequenceValue(PLAIN_SEQUENCE);
        }
        Case rich = EventSamples.richCase(RICH, "CAS-00001", EventSamples.NASTY);
        CaseCommit open = EventSamples.open(rich);
        Timer breach = timer(RICH, "sla-breach", EventSamples.T0.plus(Duration.ofHours(4)));
        Timer warning = timer(RICH, "sla-warning", EventSamples.T0.plus(Duration.ofHours(3)));
        store.commit(new CaseCommit(open.state(), 0, open.events(),
                List.of(new TimerChange.Schedule(breach), new TimerChange.Schedule(warning)),
                List.of(notification(open, "anna", Optional.of("<p>Uw case &lt;1&gt; ✓</p>")), notification(open, "bob", Optional.empty()))));
        CaseCommit change = EventSamples.everyChange(rich, EventSamples.NASTY);
        Timer feedback = timer(RICH, "feedback-end", EventSamples.T0.plus(Duration.ofDays(14)));
        store.commit(new CaseCommit(change.state(), change.expectedVersion(), change.events(),
                List.of(new TimerChange.Cancel(warning.key()), new TimerChange.Schedule(feedback)),
                List.of(notification(change, "anna", Optional.empty()))));

        Case plain = EventSamples.plainCase(PLAIN, "P-1");
        CaseCommit openPlain = EventSamples.open(plain);
        store.commit(new CaseCommit(openPlain.state(), 0, openPlain.events(),
                List.of(new TimerChange.Schedule(timer(PLAIN, "sla-breach", EventSamples.T0.plus(Duration.ofDays(1)))))));
        store.commit(CaseFixtures.change(openPlain.state(), h -> new io.casekit.spi.event.TitleChanged(h, "", "plain title")));

        store.commit(EventSamples.open(EventSamples.plainCase(QUIET, "CAS-00002")));

        List<ClaimedNotification> claimed = store.claimDueNotifications(CLAIM_AT, 2, "node-a", Duration.ofMinutes(5));
        store.markFailed(claimed.get(0), CLAIM_AT.plusSeconds(1), "550 mailbox \"unavailable\" ✗");
        store.reschedule(claimed.get(1), CLAIM_AT.plusSeconds(600), "421 try later");
        List<ClaimedTimer> timers = store.claimDue(CLAIM_AT, 1, "node-a", Duration.ofMinutes(5));
        if (timers.size() != 1) {
            throw new IllegalStateException("the sample claims one timer, got " + timers);
        }
    }

    private static Timer timer(CaseId id, String name, Instant dueAt) {
        return new Timer(new TimerKey(id, name), dueAt, "token-" + id.value() + "-" + name);
    }

    private static Notification notification(CaseCommit commit, String actorId, Optional<String> html) {
        CaseId id = commit.state().id();
        long sequence = commit.events().get(0).header().sequence();
        Recipient recipient = new Recipient(actorId, "Zoë \"Z\" O'Neil", Channel.EMAIL, actorId + "@example.test",
                Locale.forLanguageTag("nl-BE"));
        Message message = new Message(Notification.idFor(id, sequence, actorId, Channel.EMAIL), recipient,
                "Uw case is klaar: €5 ✓ [" + commit.state().number() + "]", "Regel 1\r\nRegel 2 <b>niet vet</b>\n", html, id.value());
        return new Notification(id, sequence, message, commit.events().get(0).header().at());
    }
}
