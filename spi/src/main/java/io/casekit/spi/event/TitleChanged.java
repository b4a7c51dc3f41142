package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import org.apiguardian.api.API;

/**
 * The title was changed.
 *
 * @param header the header
 * @param from the old title
 * @param to the new title
 */
@API(status = STABLE, since = "0.1.0")
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
