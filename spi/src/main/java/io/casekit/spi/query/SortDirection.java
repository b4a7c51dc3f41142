package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Ascending (smallest first) or descending (largest first). */
@API(status = STABLE, since = "0.1.0")
public enum SortDirection {
    /** Smallest first: A to Z, oldest first. */
    ASCENDING,
    /** Largest first: Z to A, newest first. */
    DESCENDING
}
