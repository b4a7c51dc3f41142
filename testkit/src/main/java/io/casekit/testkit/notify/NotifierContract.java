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

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.notify.Recipient;
import io.casekit.testkit.internal.Concurrently;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Notifier} must pass. An implementation's test subclasses it, starts a
 * real transport endpoint in the test (an SMTP server, say), and tells the suite how to build a
 * notifier against it and how to read back what arrived:
 *
 * <pre>{@code
 * class MyNotifierTest extends NotifierContract {
 *     protected Notifier createNotifier() { return new MyNotifier(server.endpoint()); }
 *     protected String newAddress() { return "contact-" + counter.incrementAndGet() + "@example.test"; }
 *     protected List<Received> deliveredTo(String address) { return server.messagesFor(address); }
 *     protected Simulation<Outage> outage() { return Simulation.staged(new ServerOutage(server)); }
 *     protected Simulation<String> permanentlyRefusedAddress() { return Simulation.staged(server.refuse550()); }
 *     protected Simulation<String> temporarilyRefusedAddress() { return Simulation.staged(server.refuse450()); }
 *     protected Simulation<String> malformedAddress() { return Simulation.staged("not an address"); }
 * }
 * }</pre>
 *
 * <p>The suite checks that a notifier:
 *
 * <ul>
 *   <li>delivers: {@link Delivered} is returned and the recipient receives exactly one message with
 *       the subject, the text and (when given) the HTML, non-ASCII text intact;
 *   <li>carries the message id and the thread id, so that a retried message is recognisable as the
 *       same one and a case's messages thread together;
 *   <li>never throws and never returns null for a failure: {@link RetryableFailure} when the
 *       transport is unreachable or refuses for now (SMTP 4xx), {@link PermanentFailure} when an
 *       address is malformed or refused for good (SMTP 5xx) or the channel is not served, and
 *       nothing arrives;
 *   <li>recovers: after an outage or a refusal the same instance delivers again, and a notifier
 *       created while the transport is down works once it is back;
 *   <li>is thread-safe: concurrent deliveries each arrive once, at the right recipient, with their
 *       own outcome.
 * </ul>
 *
 * <p>Failure scenarios need the harness's help ({@link #outage()}, {@link #permanentlyRefusedAddress()},
 * {@link #temporarilyRefusedAddress()}, {@link #malformedAddress()}). A harness answers each with
 * {@link Simulation#staged} or, when it truly cannot stage it, {@link Simulation#impossible} and a
 * reason; such a test is reported as not run (aborted, which build tools count as skipped) with
 * {@code "not run: <scenario>: <reason>"} as its reason, and never as a pass: a notifier is proven
 * correct only by a run in which no test was left out.
 *
 * <p>Bodies are compared with line breaks normalised ({@code CRLF} and {@code LF} are equal, trailing
 * line breaks are ignored): transports such as SMTP rewrite line endings by design.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class NotifierContract {

    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Outage> outagesToEnd = new ArrayList<>();
    private Notifier notifier;

    /**
     * A new notifier that delivers to the harness's transport; called before each test, and again by
     * the tests that need a second instance (possibly while the transport is down, so it must not
     * need the transport to be built).
     *
     * @return a new notifier, not null
     */
    protected abstract Notifier createNotifier();

    /**
     * A fresh address on the notifier's channel that the harness accepts and records; a different
     * one on every call.
     *
     * @return the address, in the form the notifier's channel takes (for mail, a mail address)
     */
    protected abstract String newAddress();

    /**
     * Everything the harness's transport received for {@code address}, in arrival order, read from
     * the transport's side. When it returns, every delivery that returned {@link Delivered} before
     * the call must be included: an asynchronous transport waits inside.
     *
     * @param address an address from {@link #newAddress()}, or a staged refused or malformed one
     * @return the messages received there, as the transport carried them; empty if none
     */
    protected abstract List<Received> deliveredTo(String address);

    /**
     * How to make the transport unreachable and reachable again, or why that cannot be staged. The
     * suite ends every outage it began after the test, also when the test fails.
     *
     * @return {@link Simulation#staged} with the outage, or {@link Simulation#impossible} with the
     *     reason
     */
    protected abstract Simulation<Outage> outage();

    /**
     * An address the transport refuses for good (SMTP: the server answers 5xx to it), or why that
     * cannot be staged.
     *
     * @return {@link Simulation#staged} with the address, or {@link Simulation#impossible} with the
     *     reason
     */
    protected abstract Simulation<String> permanentlyRefusedAddress();

    /**
     * An address the transport refuses for now (SMTP: the server answers 4xx to it), or why that
     * cannot be staged.
     *
     * @return {@link Simulation#staged} with the address, or {@link Simulation#impossible} with the
     *     reason
     */
    protected abstract Simulation<String> temporarilyRefusedAddress();

    /**
     * An address the notifier can tell is malformed for its channel (for mail: no {@code @}), or why
     * there is none.
     *
     * @return {@link Simulation#staged} with the address, or {@link Simulation#impossible} with the
     *     reason
     */
    protected abstract Simulation<String> malformedAddress();

    /** {@return the notifier under test, made by {@link #createNotifier()} before this test} */
    protected final Notifier notifier() {
        return notifier;
    }

    @BeforeEach
    final void setUpNotifier() {
        notifier = createNotifier();
        assertThat(notifier).as("createNotifier()").isNotNull();
    }

    @AfterEach
    final void endOutages() {
        for (Outage outage : outagesToEnd) {
            outage.end();
        }
        outagesToEnd.clear();
    }

    // ---------------------------------------------------------------- delivering

    @Test
    void declaresTheChannelsItServes() {
        Set<Channel> channels = notifier.channels();

        assertThat(channels).isNotNull().isNotEmpty().doesNotContainNull();
        assertThat(notifier.channels()).as("channels() is stable").isEqualTo(channels);
    }

    @Test
    void aTextMessageArrivesOnceWithItsSubjectAndText() {
        String address = newAddress();
        Message message = message(address, "CAS-05128 Wi-Fi drops", "Hello,\n\nWe picked up your case.\n\nThe desk", Optional.empty());

        assertThat(deliver(notifier, message)).isInstanceOf(Delivered.class);

        List<Received> received = deliveredTo(address);
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo(message.subject());
            assertThat(body(r.text())).isEqualTo(body(message.text()));
            assertThat(r.html()).as("html of a text-only message").isEmpty();
        });
    }

    @Test
    void anHtmlMessageArrivesOnceWithTextAndHtml() {
        String address = newAddress();
        String html = "<html><body><p>Hello,</p><p>Your case <b>CAS-05128</b> is resolved.</p></body></html>";
        Message message = message(address, "CAS-05128 resolved", "Hello,\n\nYour case CAS-05128 is resolved.", Optional.of(html));

        assertThat(deliver(notifier, message)).isInstanceOf(Delivered.class);

        assertThat(deliveredTo(address)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo(message.subject());
            assertThat(body(r.text())).isEqualTo(body(message.text()));
            assertThat(r.html().map(NotifierContract::body)).contains(body(html));
        });
    }

    @Test
    void nonAsciiSubjectAndBodiesArriveIntact() {
        String address = newAddress();
        String subject = "Zaak bijgewerkt: één reactie – réponse reçue à l'été ✅ 🎉";
        String text = "Geachte heer Müller,\n\nUw melding is geüpdatet. Ça marche déjà très bien. Ελληνικά, 日本語, 🚀.";
        String html = "<p>Geachte heer Müller,</p><p>Uw melding is geüpdatet. Ça marche déjà très bien. 🚀</p>";
        Message message = message(address, subject, text, Optional.of(html));

        assertThat(deliver(notifier, message)).isInstanceOf(Delivered.class);

        assertThat(deliveredTo(address)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo(subject);
            assertThat(body(r.text())).isEqualTo(body(text));
            assertThat(r.html().map(NotifierContract::body)).contains(body(html));
        });
    }

    @Test
    void eachRecipientReceivesOnlyItsOwnMessages() {
        String alice = newAddress();
        String bob = newAddress();

        assertThat(deliver(notifier, message(alice, "for alice", "a", Optional.empty()))).isInstanceOf(Delivered.class);
        assertThat(deliver(notifier, message(bob, "for bob 1", "b1", Optional.empty()))).isInstanceOf(Delivered.class);
        assertThat(deliver(notifier, message(bob, "for bob 2", "b2", Optional.empty()))).isInstanceOf(Delivered.class);

        assertThat(deliveredTo(alice)).extracting(Received::subject).containsExactly("for alice");
        assertThat(deliveredTo(bob)).extracting(Received::subject).containsExactlyInAnyOrder("for bob 1", "for bob 2");
    }

    // ---------------------------------------------------------------- ids

    @Test
    void aRetriedMessageCarriesTheSameMessageKey() {
        String address = newAddress();
        Message message = message(address, "CAS-1 picked up", "picked up", Optional.empty());

        assertThat(deliver(notifier, message)).isInstanceOf(Delivered.class);
        assertThat(deliver(createNotifier(), message)).as("the retry, from another instance").isInstanceOf(Delivered.class);

        List<Received> received = deliveredTo(address);
        // A channel that can detect the duplicate may drop it; one that cannot delivers it again, recognisably.
        assertThat(received).hasSizeBetween(1, 2);
        assertThat(received).extracting(Received::messageKey).containsOnly(received.get(0).messageKey());
        assertThat(received).extracting(Received::threadKey).containsOnly(received.get(0).threadKey());
    }

    @Test
    void messageKeysFollowMessageIdsAndThreadKeysFollowThreadIds() {
        String address = newAddress();
        String caseA = "case-" + UUID.randomUUID();
        String caseB = "case-" + UUID.randomUUID();
        // ids that differ only in punctuation or case must still be told apart
        List<Message> messages = List.of(
                messageWithIds("case-7/comment-1/alice", address, "a1", caseA),
                messageWithIds("case-7/comment-1:alice", address, "a2", caseA),
                messageWithIds("Case-7/comment-1/alice", address, "a3", caseA),
                messageWithIds("case-7 comment-1 alice", address, "a4", caseA),
                messageWithIds("case-7/comment-1/alice/é", address, "b1", caseB));
        for (Message m : messages) {
            assertThat(deliver(notifier, m)).as(m.messageId()).isInstanceOf(Delivered.class);
        }

        Map<String, Received> bySubject = deliveredTo(address).stream()
                .collect(Collectors.toMap(Received::subject, r -> r));
        assertThat(bySubject).containsOnlyKeys("a1", "a2", "a3", "a4", "b1");
        assertThat(bySubject.values()).extracting(Received::messageKey).doesNotHaveDuplicates();
        assertThat(bySubject.values()).extracting(Received::messageKey).allSatisfy(k -> assertThat(k).isNotBlank());
        assertThat(List.of(bySubject.get("a2"), bySubject.get("a3"), bySubject.get("a4")))
                .extracting(Received::threadKey)
                .containsOnly(bySubject.get("a1").threadKey());
        assertThat(bySubject.get("b1").threadKey()).isNotBlank().isNotEqualTo(bySubject.get("a1").threadKey());
    }

    // ---------------------------------------------------------------- failures

    @Test
    void aMessageOnAChannelItDoesNotServeIsAPermanentFailure() {
        Set<Channel> unserved = EnumSet.allOf(Channel.class);
        unserved.removeAll(notifier.channels());
        String address = newAddress();

        for (Channel channel : unserved) {
            Message message = message(address, "wrong channel", "x", Optional.empty(), channel);
            assertThat(deliver(notifier, message)).as("delivery on %s", channel).isInstanceOf(PermanentFailure.class);
        }
        assertThat(deliveredTo(address)).isEmpty();
    }

    @Test
    void aMalformedAddressIsAPermanentFailureAndSendsNothing() throws Exception {
        withSimulation(malformedAddress(), "malformed address", malformed -> {
            String good = newAddress();

            assertThat(deliver(notifier, message(malformed, "never sent", "x", Optional.empty())))
                    .isInstanceOf(PermanentFailure.class);
            assertThat(deliveredTo(malformed)).isEmpty();
            assertThat(deliver(notifier, message(good, "still works", "x", Optional.empty())))
                    .isInstanceOf(Delivered.class);
            assertThat(deliveredTo(good)).hasSize(1);
        });
    }

    @Test
    void aPermanentlyRefusedAddressIsAPermanentFailureAndTheNotifierCarriesOn() throws Exception {
        withSimulation(permanentlyRefusedAddress(), "permanent refusal", refused -> {
            String good = newAddress();

            assertThat(deliver(notifier, message(refused, "refused", "x", Optional.empty())))
                    .isInstanceOf(PermanentFailure.class);
            assertThat(deliveredTo(refused)).isEmpty();
            assertThat(deliver(notifier, message(good, "after a refusal", "x", Optional.empty())))
                    .isInstanceOf(Delivered.class);
            assertThat(deliveredTo(good)).hasSize(1);
        });
    }

    @Test
    void aTemporarilyRefusedAddressIsARetryableFailureAndTheNotifierCarriesOn() throws Exception {
        withSimulation(temporarilyRefusedAddress(), "temporary refusal", refused -> {
            String good = newAddress();

            assertThat(deliver(notifier, message(refused, "not now", "x", Optional.empty())))
                    .isInstanceOf(RetryableFailure.class);
            assertThat(deliveredTo(refused)).isEmpty();
            assertThat(deliver(notifier, message(good, "after a refusal", "x", Optional.empty())))
                    .isInstanceOf(Delivered.class);
            assertThat(deliveredTo(good)).hasSize(1);
        });
    }

    @Test
    void aDeliveryDuringAnOutageIsRetryableAndSucceedsOnceTheTransportIsBack() throws Exception {
        withSimulation(outage(), "outage", outage -> {
            String address = newAddress();
            Message message = message(address, "CAS-9 status changed", "now waiting for you", Optional.empty());

            begin(outage);
            assertThat(deliver(notifier, message)).isInstanceOf(RetryableFailure.class);
            assertThat(deliver(notifier, message)).as("still down").isInstanceOf(RetryableFailure.class);
            end(outage);

            assertThat(deliver(notifier, message)).as("the same instance, after the outage").isInstanceOf(Delivered.class);
            assertThat(deliveredTo(address)).singleElement().satisfies(r -> assertThat(r.subject()).isEqualTo(message.subject()));
        });
    }

    @Test
    void aNotifierCreatedDuringAnOutageDeliversOnceTheTransportIsBack() throws Exception {
        withSimulation(outage(), "outage", outage -> {
            String address = newAddress();
            Message message = message(address, "created while down", "x", Optional.empty());

            begin(outage);
            Notifier createdWhileDown = createNotifier();
            assertThat(deliver(createdWhileDown, message)).isInstanceOf(RetryableFailure.class);
            end(outage);

            assertThat(deliver(createdWhileDown, message)).isInstanceOf(Delivered.class);
            assertThat(deliveredTo(address)).hasSize(1);
        });
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentDeliveriesEachArriveOnceAtTheRightRecipient() throws Exception {
        int threads = 8;
        int perThread = 4;
        List<String> addresses = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            addresses.add(newAddress());
        }
        Map<String, DeliveryOutcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();

        Concurrently.run(threads, () -> {
            String address = addresses.get(next.getAndIncrement());
            for (int i = 0; i < perThread; i++) {
                String subject = address + " #" + i;
                outcomes.put(subject, deliver(notifier, message(address, subject, "body of " + subject, Optional.of("<p>" + subject + "</p>"))));
            }
            return null;
        });

        assertThat(outcomes).hasSize(threads * perThread);
        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o).isInstanceOf(Delivered.class));
        for (String address : addresses) {
            List<Received> received = deliveredTo(address);
            assertThat(received).extracting(Received::subject)
                    .containsExactlyInAnyOrder(subjects(address, perThread));
            assertThat(received).allSatisfy(r -> assertThat(body(r.text())).isEqualTo("body of " + r.subject()));
            assertThat(received).extracting(Received::messageKey).doesNotHaveDuplicates();
        }
    }

    @Test
    void concurrentDeliveriesWithRefusalsKeepTheirOwnOutcomes() throws Exception {
        withSimulation(permanentlyRefusedAddress(), "permanent refusal", refused -> {
            int threads = 6;
            List<String> addresses = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                addresses.add(t % 2 == 0 ? newAddress() : refused);
            }
            Map<Integer, DeliveryOutcome> outcomes = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();

            Concurrently.run(threads, () -> {
                int t = next.getAndIncrement();
                for (int i = 0; i < 3; i++) {
                    outcomes.put(t * 10 + i, deliver(notifier, message(addresses.get(t), "t" + t + " #" + i, "x", Optional.empty())));
                }
                return null;
            });

            outcomes.forEach((key, outcome) -> assertThat(outcome)
                    .as("outcome of thread %d", key / 10)
                    .isInstanceOf((key / 10) % 2 == 0 ? Delivered.class : PermanentFailure.class));
            for (int t = 0; t < threads; t += 2) {
                assertThat(deliveredTo(addresses.get(t))).hasSize(3);
            }
            assertThat(deliveredTo(refused)).isEmpty();
        });
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Delivers through {@code target}, failing the test if it throws or returns null: a notifier
     * reports every failure as a {@link DeliveryOutcome}. For a harness's own tests of its notifier.
     *
     * @param target the notifier to deliver through
     * @param message the message to deliver
     * @return the notifier's outcome, not null
     * @throws AssertionError if the notifier threw or returned null
     */
    protected static DeliveryOutcome deliver(Notifier target, Message message) {
        DeliveryOutcome outcome;
        try {
            outcome = target.deliver(message);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("deliver(" + message.messageId() + ") threw instead of returning an outcome", e);
        }
        if (outcome == null) {
            fail("deliver(" + message.messageId() + ") returned null");
        }
        return outcome;
    }

    /**
     * A message with a fresh id, in a fresh thread, for a recipient at {@code address} on the
     * notifier's first channel (in {@link Channel} order).
     *
     * @param address the recipient's address
     * @param subject the subject
     * @param text the plain-text body
     * @param html the HTML body, or empty for none
     * @return the message, not yet delivered
     */
    protected final Message message(String address, String subject, String text, Optional<String> html) {
        return message(address, subject, text, html, firstChannel());
    }

    private Message message(String address, String subject, String text, Optional<String> html, Channel channel) {
        int n = sequence.incrementAndGet();
        Recipient recipient = new Recipient("contact-" + n, "Contact " + n, channel, address, Locale.forLanguageTag("nl"));
        return new Message("msg-" + UUID.randomUUID(), recipient, subject, text, html, "case-" + UUID.randomUUID());
    }

    private Message messageWithIds(String messageId, String address, String subject, String threadId) {
        int n = sequence.incrementAndGet();
        Recipient recipient = new Recipient("contact-" + n, "Contact " + n, firstChannel(), address, Locale.ENGLISH);
        return new Message(messageId, recipient, subject, "text of " + subject, Optional.empty(), threadId);
    }

    private Channel firstChannel() {
        return notifier.channels().stream().sorted().findFirst().orElseThrow();
    }

    /** {@code value} with CRLF turned into LF and trailing line breaks removed. */
    private static String body(String value) {
        String lf = value.replace("\r\n", "\n");
        int end = lf.length();
        while (end > 0 && lf.charAt(end - 1) == '\n') {
            end--;
        }
        return lf.substring(0, end);
    }

    private static String[] subjects(String address, int count) {
        String[] subjects = new String[count];
        Arrays.setAll(subjects, i -> address + " #" + i);
        return subjects;
    }

    private void begin(Outage outage) {
        outagesToEnd.add(outage);
        outage.begin();
    }

    private void end(Outage outage) {
        outagesToEnd.remove(outage);
        outage.end();
    }

    /**
     * Runs {@code test} with what the harness staged; if the harness cannot stage it, aborts the test
     * with the harness's reason, so that it is reported as not run (never as passed).
     */
    private static <T> void withSimulation(Simulation<T> simulation, String scenario, Scenario<T> test) throws Exception {
        Objects.requireNonNull(simulation, () -> "the harness must answer whether it can stage: " + scenario);
        if (simulation instanceof Simulation.Staged<T> staged) {
            test.run(staged.means());
        } else if (simulation instanceof Simulation.Impossible<T> impossible) {
            Assumptions.abort("not run: " + scenario + ": " + impossible.reason());
        }
    }
    @FunctionalInterface
    private interface Scenario<T> {
        void run(T means) throws Exception;
    }
}
