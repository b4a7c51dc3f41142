package io.casekit.spi.query;

import io.casekit.spi.model.Case;
import java.util.function.Function;

/** What a dashboard counts cases per: the code each case is counted under. */
public enum CountDimension {
    PRIORITY(Case::priority),
    STATUS_REASON(Case::statusReason),
    STATE(c -> c.state().name()),
    CASE_TYPE(Case::caseType),
    CUSTOMER(Case::customerId);

    private final Function<Case, String> key;

    CountDimension(Function<Case, String> key) {
        this.key = key;
    }

    /** The code the case is counted under. */
    public String keyOf(Case c) {
        return key.apply(c);
    }
}
