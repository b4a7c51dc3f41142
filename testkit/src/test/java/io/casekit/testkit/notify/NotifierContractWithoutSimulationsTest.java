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
package io.casekit.testkit.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.Notifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The contract run by a harness that can stage no failure at all: each failure test must be
 * reported as not run, with the harness's reason, never as passed (nor failed); the other tests run
 * and pass.
 */
class NotifierContractWithoutSimulationsTest {

    /** The failure scenarios of the contract, by test method, with the reason the harness gives. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "aMalformedAddressIsAPermanentFailureAndSendsNothing", "not run: malformed address: this harness accepts any address",
            "aPermanentlyRefusedAddressIsAPermanentFailureAndTheNotifierCarriesOn",
            "not run: permanent refusal: this harness refuses no address",
            "aTemporarilyRefusedAddressIsARetryableFailureAndTheNotifierCarriesOn",
            "not run: temporary refusal: this harness refuses no address",
            "aDeliveryDuringAnOutageIsRetryableAndSucceedsOnceTheTransportIsBack",
            "not run: outage: this harness keeps the in-memory transport up",
            "aNotifierCreatedDuringAnOutageDeliversOnceTheTransportIsBack", "not run: outage: this harness keeps the in-memory transport up",
            "concurrentDeliveriesWithRefusalsKeepTheirOwnOutcomes", "not run: permanent refusal: this harness refuses no address");

    @Test
    void aScenarioTheHarnessCannotStageIsReportedAsNotRunWithItsReason() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithoutSimulations.class)).execute().testEvents();

        Map<String, String> aborted = tests.aborted().stream()
                .collect(Collectors.toMap(NotifierContractWithoutSimulationsTest::method, NotifierContractWithoutSimulationsTest::reason));
        assertThat(aborted).isEqualTo(NOT_RUN);
        assertThat(tests.failed().count()).as("failed tests").isZero();
        assertThat(tests.skipped().count()).as("tests skipped without running").isZero();
        assertThat(tests.succeeded().stream().map(NotifierContractWithoutSimulationsTest::method))
                .isNotEmpty()
                .doesNotContainAnyElementsOf(NOT_RUN.keySet())
                .contains("aTextMessageArrivesOnceWithItsSubjectAndText", "concurrentDeliveriesEachArriveOnceAtTheRightRecipient");
    }

    private static String method(Event event) {
        return event.getTestDescriptor().getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getMethodName).orElseThrow();
    }

    private static String reason(Event event) {
        Optional<Throwable> thrown = event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
        return thrown.map(Throwable::getMessage).orElse("");
    }

    /** A harness over the in-memory transport that can stage no failure (not run by itself: its name ends in no "Test"). */
    static class WithoutSimulations extends NotifierContract {

        private final AtomicInteger addresses = new AtomicInteger();
        private final RecordingNotifier transport = new RecordingNotifier(Channel.EMAIL, Channel.PHONE);

        @Override
        protected Notifier createNotifier() {
            return transport;
        }

        @Override
        protected String newAddress() {
            return "contact-" + addresses.incrementAndGet() + "@casekit.test";
        }

        @Override
        protected List<Received> deliveredTo(String address) {
            return transport.deliveredTo(address).stream()
                    .map(m -> new Received(m.subject(), m.text(), m.html(), m.messageId(), m.threadId()))
                    .toList();
        }

        @Override
        protected Simulation<Outage> outage() {
            return Simulation.impossible("this harness keeps the in-memory transport up");
        }

        @Override
        protected Simulation<String> permanentlyRefusedAddress() {
            return Simulation.impossible("this harness refuses no address");
        }

        @Override
        protected Simulation<String> temporarilyRefusedAddress() {
            return Simulation.impossible("this harness refuses no address");
        }

        @Override
        protected Simulation<String> malformedAddress() {
            return Simulation.impossible("this harness accepts any address");
        }
    }
}
