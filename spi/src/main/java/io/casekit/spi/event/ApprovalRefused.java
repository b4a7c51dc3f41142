package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An authorised contact of the case's customer refused what the case asked for. Who refused and
 * when are the header's actor and time.
 *
 * @param header the header
 * @param kind the approval kind's code, e.g. {@code estimate}
 * @param subject the subject of the refused request, if it had one
 * @param reason why, in the contact's words (public)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ApprovalRefused(EventHeader header, String kind, Optional<String> subject, String reason) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param kind the approval kind's code, e.g. {@code estimate}
     * @param subject the subject of the refused request, if it had one
     * @param reason why, in the contact's words (public)
     * @throws IllegalArgumentException if {@code kind} or {@code reason} is blank
     */
    public ApprovalRefused {
        Checks.notNull(header, "header");
        Checks.notBlank(kind, "kind");
        Checks.notNull(subject, "subject");
        Checks.notBlank(reason, "reason");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
