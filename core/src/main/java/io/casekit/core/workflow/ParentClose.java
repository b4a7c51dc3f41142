package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What closing (resolving or cancelling) a parent case does while some of its children are open. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ParentClose {
    /** The parent cannot be closed until its children are. The default. */
    BLOCK,
    /** The open children are closed with the parent, along the definition's close action as the system. */
    CASCADE
}
