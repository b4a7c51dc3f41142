package io.casekit.spi.event;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;

/**
 * The description was changed.
 *
 * @param header the header
 * @param from the old description
 * @param to the new description
 */
public record DescriptionChanged(EventHeader header, String from, String to) implements CaseChange {

    public DescriptionChanged {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().description(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
