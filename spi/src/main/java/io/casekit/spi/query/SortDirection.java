package io.casekit.spi.query;

/** Ascending (smallest first) or descending (largest first). */
public enum SortDirection {
    /** Smallest first: A to Z, oldest first. */
    ASCENDING,
    /** Largest first: Z to A, newest first. */
    DESCENDING
}
