package io.casekit.core.workflow;

/** What counts as the desk's first response to a case. */
public enum FirstResponse {
    /** The first public comment by an agent. */
    FIRST_PUBLIC_AGENT_COMMENT,
    /** The case leaving its initial status (it was picked up). */
    LEAVING_INITIAL_STATUS
}
