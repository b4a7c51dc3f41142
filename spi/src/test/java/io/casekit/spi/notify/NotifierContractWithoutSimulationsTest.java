package io.casekit.spi.notify;

import io.casekit.spi.identity.Channel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contract run by a harness that can stage no failure at all: each failure test must pass by
 * reporting the harness's reason, not by being skipped or by failing.
 */
class NotifierContractWithoutSimulationsTest extends NotifierContract {

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
