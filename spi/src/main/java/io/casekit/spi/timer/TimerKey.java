package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.CaseId;
import org.apiguardian.api.API;

/**
 * Names a timer: a case has at most one timer of each name, and scheduling a name again replaces it.
 *
 * @param caseId the case
 * @param name what the timer is for, e.g. {@code sla/RESOLUTION/breach}
 */
@API(status = STABLE, since = "0.1.0")
public record TimerKey(CaseId caseId, String name) {

    /**
     * Checks the components.
     *
     * @param caseId the case
     * @param name what the timer is for, e.g. {@code sla/RESOLUTION/breach}
     * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters
     */
    public TimerKey {
        Checks.notNull(caseId, "timer.caseId");
        Checks.notBlank(name, "timer.name");
        if (name.length() > 100) {
            throw new IllegalArgumentException("timer.name must be at most 100 characters");
        }
    }
}
