package io.casekit.spi.query;

import io.casekit.spi.model.Case;
import java.time.Instant;
import java.util.function.Function;

/**
 * A column a case list can be sorted on. Texts sort by their characters' numeric values (binary,
 * not by a language's rules: {@code Z} before {@code a}); codes (priority, status reason, case type,
 * state) sort by code; instants by time.
 */
public enum CaseSortField {
    NUMBER(Case::number),
    TITLE(Case::title),
    CUSTOMER(Case::customerId),
    CASE_TYPE(Case::caseType),
    PRIORITY(Case::priority),
    STATUS_REASON(Case::statusReason),
    STATE(c -> c.state().name()),
    CREATED(Case::createdAt),
    MODIFIED(Case::modifiedAt);

    private final Function<Case, ? extends Comparable<?>> key;

    CaseSortField(Function<Case, ? extends Comparable<?>> key) {
        this.key = key;
    }

    /** The case's value in this column: a {@link String} or an {@link Instant}. */
    public Comparable<?> valueOf(Case c) {
        return key.apply(c);
    }

    /** Whether the column holds instants rather than texts. */
    public boolean isInstant() {
        return this == CREATED || this == MODIFIED;
    }
}
