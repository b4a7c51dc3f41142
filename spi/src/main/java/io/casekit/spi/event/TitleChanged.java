package io.casekit.spi.event;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;

/**
 * The title was changed.
 *
 * @param header the header
 * @param from the old title
 * @param to the new title
 */
public record TitleChanged(EventHeader header, String from, String to) implements CaseChange {

    /**
     * Checks that every component is present.
     *
     * @param header the header
     * @param from the old title
     * @param to the new title
     */
    public TitleChanged {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().title(to)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
