package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an SLA instance stands. */
@API(status = STABLE, since = "0.1.0")
public enum SlaState {
    /** The clock runs and the warning time has not come. */
    IN_PROGRESS,
    /** The clock runs and the warning time has passed. */
    NEARING_BREACH,
    /** The clock stands still while the case waits (on the customer, a supplier, a confirmation). */
    PAUSED,
    /** The promise was kept. */
    SUCCEEDED,
    /** The deadline passed before the promise was kept. */
    BREACHED,
    /** The promise no longer applies (the case was cancelled). */
    CANCELLED;

    /** {@return whether the clock still matters: in progress, nearing breach or paused} */
    public boolean isActive() {
        return this == IN_PROGRESS || this == NEARING_BREACH || this == PAUSED;
    }
}
