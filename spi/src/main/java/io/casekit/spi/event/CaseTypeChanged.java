package io.casekit.spi.event;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;

/**
 * The case type was changed.
 *
 * @param header the header
 * @param from the old case type code
 * @param to the new case type code
 */
public record CaseTypeChanged(EventHeader header, String from, String to) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param from the old case type code
     * @param to the new case type code
     * @throws IllegalArgumentException if {@code from} or {@code to} is blank
     */
    public CaseTypeChanged {
        Checks.notNull(header, "header");
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().caseType(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
