package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An authorised contact of the case's customer approved what the case asked for. Who approved and
 * when are the header's actor and time; what was approved is the kind and the subject of the
 * request it answers.
 *
 * @param header the header
 * @param kind the approval kind's code, e.g. {@code estimate}
 * @param subject the subject of the approved request, if it had one, e.g. {@code 16} (hours)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ApprovalGranted(EventHeader header, String kind, Optional<String> subject) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param kind the approval kind's code, e.g. {@code estimate}
     * @param subject the subject of the approved request, if it had one, e.g. {@code 16} (hours)
     * @throws IllegalArgumentException if {@code kind} is blank
     */
    public ApprovalGranted {
        Checks.notNull(header, "header");
        Checks.notBlank(kind, "kind");
        Checks.notNull(subject, "subject");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
