package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import org.apiguardian.api.API;

/**
 * The priority was changed.
 *
 * @param header the header
 * @param from the old priority code
 * @param to the new priority code
 */
@API(status = STABLE, since = "0.1.0")
public record PriorityChanged(EventHeader header, String from, String to) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param from the old priority code
     * @param to the new priority code
     * @throws IllegalArgumentException if {@code from} or {@code to} is blank
     */
    public PriorityChanged {
        Checks.notNull(header, "header");
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().priority(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
