package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A condition a transition request must meet besides coming from an allowed actor. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Guard {
    /** The request carries a comment (it is added to the timeline as a public comment). */
    NEEDS_COMMENT
}
