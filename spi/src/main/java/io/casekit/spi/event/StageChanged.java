package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The case moved to another stage of its case type's pipeline.
 *
 * @param header the header
 * @param from the old stage, empty if the case had not entered the pipeline
 * @param to the new stage
 */
@API(status = STABLE, since = "0.1.0")
public record StageChanged(EventHeader header, Optional<String> from, String to) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param from the old stage, empty if the case had not entered the pipeline
     * @param to the new stage
     * @throws IllegalArgumentException if {@code to} is blank
     */
    public StageChanged {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notBlank(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().stage(Optional.of(to))
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
