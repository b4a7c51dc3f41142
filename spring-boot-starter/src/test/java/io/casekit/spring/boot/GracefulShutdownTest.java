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
package io.casekit.spring.boot;

import static io.casekit.spring.boot.Portals.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.casekit.core.Casekit;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.Case;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.testkit.notify.HoldingNotifier;
import io.casekit.testkit.notify.RecordingNotifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Shutting a node down mid-batch: the mail under way is sent and recorded, the claims on the rest
 * are given back, and the next node on the same database delivers them at once, long before the
 * first node's lease would have lapsed.
 */
class GracefulShutdownTest {

    private final RecordingNotifier firstNode = new RecordingNotifier(Channel.EMAIL);
    private final RecordingNotifier secondNode = new RecordingNotifier(Channel.EMAIL);
    private final HoldingNotifier slowFirstMail = new HoldingNotifier(firstNode);

    @Test
    void aNodeThatStopsMidBatchFinishesTheMailUnderWayAndTheNextNodeDeliversTheRestAtOnce() throws Exception {
        ApplicationContextRunner nodes = Portals.onH2("shutdown").withPropertyValues("casekit.dispatcher.poll-interval=20ms",
                "casekit.dispatcher.lease=10m");
        List<Case> cases = new ArrayList<>();
        nodes.withPropertyValues("casekit.dispatcher.enabled=false").withBean(Notifier.class, () -> secondNode).run(portal -> {
            for (int i = 0; i < 5; i++) {
                cases.add(portal.getBean(Casekit.class).cases().execute(ANNA, CasekitAutoConfigurationTest.incident("VPN drops " + i)));
            }
        });

        nodes.withPropertyValues("casekit.node-id=first").withBean(Notifier.class, () -> slowFirstMail).run(first -> {
            assertThat(slowFirstMail.awaitHeld(Duration.ofSeconds(30))).as("the first node claimed the five mails and sends one").isTrue();
            Thread closing = new Thread(first::close, "closing-the-first-node");
            closing.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> stoppingTheDispatcher(closing));
            slowFirstMail.release();
            closing.join(30_000);
            assertThat(closing.isAlive()).isFalse();
        });
        assertThat(firstNode.delivered()).as("the mail under way, and no other").hasSize(1);

        nodes.withPropertyValues("casekit.node-id=second").withBean(Notifier.class, () -> secondNode).run(second -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> secondNode.delivered().size() == 4);
            List<OutboxEntry> outbox = cases.stream()
                    .flatMap(c -> second.getBean(Casekit.class).store().outbox().orElseThrow().notifications(c.id()).stream()).toList();
            assertThat(outbox).hasSize(5).allSatisfy(entry -> {
                assertThat(entry.state()).isEqualTo(DeliveryState.SENT);
                assertThat(entry.attempts()).as("a given-back claim is no attempt").isEqualTo(1);
            });
        });
        assertThat(secondNode.delivered()).extracting(Message::messageId)
                .doesNotContainAnyElementsOf(firstNode.delivered().stream().map(Message::messageId).toList());
    }

    /** The closing thread waits in the dispatcher's stop for the delivery under way. */
    private static boolean stoppingTheDispatcher(Thread closing) {
        return closing.getState() == Thread.State.TIMED_WAITING && Arrays.stream(closing.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith("PollingLoop") && frame.getMethodName().equals("stop"));
    }
}
