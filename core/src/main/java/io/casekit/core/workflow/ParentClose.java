package io.casekit.core.workflow;

/** What closing (resolving or cancelling) a parent case does while some of its children are open. */
public enum ParentClose {
    /** The parent cannot be closed until its children are. The default. */
    BLOCK,
    /** The open children are closed with the parent, along the definition's close action as the system. */
    CASCADE
}
