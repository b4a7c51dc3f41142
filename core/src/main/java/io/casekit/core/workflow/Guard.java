package io.casekit.core.workflow;

/** A condition a transition request must meet besides coming from an allowed actor. */
public enum Guard {
    /** The request carries a comment (it is added to the timeline as a public comment). */
    NEEDS_COMMENT
}
