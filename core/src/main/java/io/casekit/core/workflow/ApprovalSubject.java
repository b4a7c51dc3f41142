package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a request of an approval kind names as the thing to approve. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ApprovalSubject {
    /** Nothing: the kind says it all (the filing of a case, the conditions of a consultancy request). */
    NONE,
    /** A number of hours, more than 0, e.g. {@code 2} or {@code 16.5} (an analysis, an estimate). */
    HOURS,
    /** A free text, e.g. an amount with its currency. */
    TEXT
}
