package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What counts as the desk's first response to a case. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum FirstResponse {
    /** The first public comment by an agent. */
    FIRST_PUBLIC_AGENT_COMMENT,
    /** The case leaving its initial status (it was picked up). */
    LEAVING_INITIAL_STATUS
}
