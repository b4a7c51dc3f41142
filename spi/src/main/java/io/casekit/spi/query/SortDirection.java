package io.casekit.spi.query;

/** Ascending (smallest first) or descending (largest first). */
public enum SortDirection {
    ASCENDING,
    DESCENDING
}
