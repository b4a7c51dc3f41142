package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A query or one of its parts breaks a rule: a page size out of range, a search text with control
 * characters, a page cursor that is not one or belongs to another sort. Names the field and the
 * rule; nothing was read.
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidQueryException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The field that breaks the rule. */
    private final String field;
    /** The rule, in words. */
    private final String rule;

    /**
     * A refused query.
     *
     * @param field the field that breaks the rule, e.g. {@code pageSize}
     * @param rule the rule, in words, e.g. {@code must be 1 to 1000, was 0}
     */
    public InvalidQueryException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** {@return the field that breaks the rule, e.g. {@code pageSize} or {@code filter.search}} */
    public String field() {
        return field;
    }

    /** {@return the rule, in words} */
    public String rule() {
        return rule;
    }
}
