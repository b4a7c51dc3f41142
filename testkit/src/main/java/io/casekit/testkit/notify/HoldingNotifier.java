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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * A {@link Notifier} that holds its first delivery until the test lets it go, then delivers it and
 * every later one through another notifier at once: for tests of what happens while a mail is under
 * way (a node stopped in the middle of a batch, say). Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class HoldingNotifier implements Notifier {

    private final Notifier delegate;
    private final AtomicBoolean first = new AtomicBoolean(true);
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** @param delegate what delivers, the held mail included, on the channels it serves */
    public HoldingNotifier(Notifier delegate) {
        this.delegate = requireNonNull(delegate, "delegate");
    }

    @Override
    public Set<Channel> channels() {
        return delegate.channels();
    }

    @Override
    public DeliveryOutcome deliver(Message message) {
        if (first.getAndSet(false)) {
            held.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return delegate.deliver(message);
    }

    /**
     * Waits until the first delivery is held.
     *
     * @param timeout how long to wait at most
     * @return whether a delivery is held (or was, and was let go)
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held delivery (and any later one) go through. */
    public void release() {
        released.countDown();
    }
}
