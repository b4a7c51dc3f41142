package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.SlaKind;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The targets of one priority under an SLA policy.
 *
 * @param firstResponse the first-response target, if promised
 * @param resolution the resolution target, if promised
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SlaTargets(Optional<SlaTarget> firstResponse, Optional<SlaTarget> resolution) {

    /**
     * Checks that both parts are present (each may be empty).
     *
     * @param firstResponse the first-response target, if promised
     * @param resolution the resolution target, if promised
     */
    public SlaTargets {
        requireNonNull(firstResponse, "firstResponse");
        requireNonNull(resolution, "resolution");
    }

    /**
     * The target of one kind of promise.
     *
     * @param kind what is promised
     * @return the target, or empty if the policy promises nothing of this kind
     */
    public Optional<SlaTarget> of(SlaKind kind) {
        return kind == SlaKind.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
