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
package io.casekit.core.observe;

import static io.casekit.core.notify.MailDesk.ALICE;
import static io.casekit.core.notify.MailDesk.ANNA;
import static io.casekit.core.notify.MailDesk.BERT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.Casekit;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.mail.InboundMail;
import io.casekit.core.notify.MailDesk;
import io.casekit.core.observe.Observation.CommandCompleted;
import io.casekit.core.observe.Observation.CommandOutcome;
import io.casekit.core.observe.Observation.MailRouted;
import io.casekit.core.observe.Observation.NotificationDelivered;
import io.casekit.core.observe.Observation.SlaPassed;
import io.casekit.core.observe.Observation.TimerFired;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Issue #16: what Casekit tells an observer, with no metrics library in core. */
class ObservationsTest {

    private final MailDesk desk = new MailDesk("erp-consultancy");
    private final List<Observation> seen = new CopyOnWriteArrayList<>();
    private final Casekit casekit = desk.casekit(desk.store, seen::add);

    private <T extends Observation> List<T> seen(Class<T> kind) {
        return seen.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void eachCommandIsReportedWithItsTypeOutcomeAndLatency() {
        Case c = casekit.cases().execute(ANNA, desk.opening("Production down").priority("P1").build());
        assertThatThrownBy(() -> casekit.cases().execute(ANNA, new ChangeStatus(c.id(), "no-such-status")))
                .isInstanceOf(CommandValidationException.class);

        List<CommandCompleted> commands = seen(CommandCompleted.class);
        assertThat(commands).extracting(CommandCompleted::command, CommandCompleted::outcome, CommandCompleted::refusal)
                .containsExactly(
                        tuple("OpenCase", CommandOutcome.ACCEPTED, Optional.empty()),
                        tuple("ChangeStatus", CommandOutcome.REFUSED, Optional.of("CommandValidationException")));
        assertThat(commands).allSatisfy(command -> assertThat(command.latency()).isPositive());
        assertThat(seen.toString()).doesNotContain(c.id().value()).doesNotContain(c.number());
    }

    @Test
    void aBreachedSlaItsTimerAndTheMailItSendsAreReported() {
        Case c = casekit.cases().execute(ANNA, desk.opening("Production down").priority("P1").build());
        casekit.cases().execute(BERT, new Assign(c.id(), Owner.agent(ALICE)));
        desk.clock.advance(Duration.ofHours(4).plusMinutes(5)); // P1: first response within 4 business hours

        casekit.scheduler().runDue();
        casekit.dispatcher().runDue();

        assertThat(seen(SlaPassed.class)).extracting(SlaPassed::kind, SlaPassed::breached).contains(
                tuple(SlaKind.FIRST_RESPONSE, true));
        assertThat(seen(TimerFired.class)).isNotEmpty().allSatisfy(fired -> {
            assertThat(fired.outcome()).isIn("acted", "stale");
            assertThat(fired.lag()).isBetween(Duration.ZERO, Duration.ofHours(4).plusMinutes(5));
            assertThat(fired.timer()).matches("sla/(FIRST_RESPONSE|RESOLUTION)/(warning|breach)|feedback-window");
        });
        assertThat(seen(TimerFired.class)).anyMatch(fired -> fired.outcome().equals("acted") && fired.lag().compareTo(Duration.ofMinutes(5)) >= 0);
        assertThat(seen(NotificationDelivered.class)).isNotEmpty().allSatisfy(d -> assertThat(d.outcome()).isEqualTo("delivered"));
    }

    @Test
    void routedMailIsReportedByOutcome() {
        casekit.mailRouter().route(new InboundMail("stranger@nowhere.test", "Help", "Please."));

        assertThat(seen(MailRouted.class)).containsExactly(new MailRouted("UNKNOWN_SENDER", false));
    }

    @Test
    void anObserverThatFailsNeverFailsTheWork() {
        Casekit failing = desk.casekit(desk.store, observation -> {
            throw new IllegalStateException("the metrics backend is down");
        });

        Case c = failing.cases().execute(ANNA, desk.opening("Production down").priority("P1").build());

        assertThat(failing.cases().get(ANNA, c.id())).isEqualTo(c);
    }
}
