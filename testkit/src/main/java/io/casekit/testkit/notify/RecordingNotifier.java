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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.notify.Recipient;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * An in-memory {@link Notifier} for tests of the code that uses a notifier (an outbox dispatcher,
 * say): it records every message it delivers, without de-duplicating, so that a test can count
 * them, and it can stage the failures a real transport shows. It passes the {@link NotifierContract}
 * itself.
 *
 * <p>An address is malformed when it contains whitespace or a control character.
 *
 * <p>Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RecordingNotifier implements Notifier {

    private final Set<Channel> channels;
    private final ConcurrentMap<String, List<Message>> delivered = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, DeliveryOutcome> refusals = new ConcurrentHashMap<>();
    private final List<Message> all = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /**
     * A recording notifier for {@code first} and any {@code more} channels; it is up, and refuses no
     * address.
     *
     * @param first a channel it serves
     * @param more the other channels it serves, if any
     */
    public RecordingNotifier(Channel first, Channel... more) {
        this.channels = Set.copyOf(EnumSet.of(first, more));
    }

    /** The channels given to the constructor. */
    @Override
    public Set<Channel> channels() {
        return channels;
    }

    /**
     * Records the message and answers {@link Delivered}; or a {@link PermanentFailure} for a channel it
     * does not serve or a malformed address, a {@link RetryableFailure} while {@link #down()}, or the
     * refusal staged for the address with {@link #refuse}, recording nothing.
     */
    @Override
    public DeliveryOutcome deliver(Message message) {
        Recipient recipient = message.recipient();
        if (!channels.contains(recipient.channel())) {
            return new PermanentFailure("channel " + recipient.channel() + " is not served; this notifier serves " + channels);
        }
        if (recipient.address().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return new PermanentFailure("recipient.address is malformed");
        }
        if (down) {
            return new RetryableFailure("the transport is down", Optional.empty());
        }
        DeliveryOutcome refusal = refusals.get(recipient.address());
        if (refusal != null) {
            return refusal;
        }
        delivered.computeIfAbsent(recipient.address(), a -> new CopyOnWriteArrayList<>()).add(message);
        all.add(message);
        return new Delivered(Optional.of(message.messageId()));
    }

    /** From now on every delivery is a {@link RetryableFailure}, until {@link #up()}. */
    public void down() {
        down = true;
    }

    /** Ends {@link #down()}. */
    public void up() {
        down = false;
    }

    /**
     * From now on deliveries to {@code address} end in {@code outcome} (a failure) and record nothing;
     * a later call for the same address replaces the refusal.
     *
     * @param address the recipient address, exactly as the messages carry it
     * @param outcome the failure to answer: a {@link PermanentFailure} or a {@link RetryableFailure}
     * @throws IllegalArgumentException if {@code outcome} is {@link Delivered}
     */
    public void refuse(String address, DeliveryOutcome outcome) {
        Objects.requireNonNull(address, "address");
        if (outcome instanceof Delivered) {
            throw new IllegalArgumentException("a refusal must be a failure, was " + outcome);
        }
        refusals.put(address, outcome);
    }

    /**
     * Every message delivered to {@code address}, in delivery order, duplicates included.
     *
     * @param address the recipient address, exactly as the messages carry it
     * @return the messages, a snapshot; empty if none was delivered there
     */
    public List<Message> deliveredTo(String address) {
        return List.copyOf(delivered.getOrDefault(address, List.of()));
    }

    /** {@return every message delivered, in delivery order, duplicates included; a snapshot} */
    public List<Message> delivered() {
        return new ArrayList<>(all);
    }
}
