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

import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.Notifier;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link RecordingNotifier} passes the contract, with every failure staged. */
class RecordingNotifierTest extends NotifierContract {

    private final AtomicInteger addresses = new AtomicInteger();
    private final RecordingNotifier transport = new RecordingNotifier(Channel.EMAIL);

    @Override
    protected Notifier createNotifier() {
        return transport; // every instance shares the one in-memory transport
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
        return Simulation.staged(new Outage() {
            @Override
            public void begin() {
                transport.down();
            }

            @Override
            public void end() {
                transport.up();
            }
        });
    }

    @Override
    protected Simulation<String> permanentlyRefusedAddress() {
        String address = newAddress();
        transport.refuse(address, new PermanentFailure("550 mailbox unavailable"));
        return Simulation.staged(address);
    }

    @Override
    protected Simulation<String> temporarilyRefusedAddress() {
        String address = newAddress();
        transport.refuse(address, new RetryableFailure("450 mailbox busy", Optional.empty()));
        return Simulation.staged(address);
    }

    @Override
    protected Simulation<String> malformedAddress() {
        return Simulation.staged("not an address");
    }
}
