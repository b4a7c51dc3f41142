package io.casekit.spi.model;

import io.casekit.spi.internal.Checks;
import java.time.Instant;

/**
 * A link from a case to another case.
 *
 * @param kind how the case relates to the other one
 * @param other the other case
 * @param since when the link was made (for a merge: when the case was merged)
 */
public record CaseLink(LinkKind kind, CaseId other, Instant since) {

    public CaseLink {
        Checks.notNull(kind, "kind");
        Checks.notNull(other, "other");
        Checks.notNull(since, "since");
    }

    /** Whether this link is of the given kind to the given case. */
    public boolean is(LinkKind k, CaseId id) {
        return kind == k && other.equals(id);
    }
}
