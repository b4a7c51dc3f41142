package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The case was assigned to another owner, or unassigned.
 *
 * @param header the header
 * @param from the old owner, empty if none
 * @param to the new owner, empty if unassigned
 */
@API(status = STABLE, since = "0.1.0")
public record Assigned(EventHeader header, Optional<Owner> from, Optional<Owner> to) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param from the old owner, empty if none
     * @param to the new owner, empty if unassigned
     */
    public Assigned {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().owner(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
