/**
 * Workflow definitions: the configuration that tells Casekit what a vendor's cases look like and how
 * they move (case types, priorities, status reasons, transitions, stage pipelines, custom fields,
 * views, the case-number format). Built with {@link io.casekit.core.workflow.WorkflowDefinition#builder}
 * or read by {@link io.casekit.core.workflow.WorkflowDefinitions}; four presets ship in
 * {@link io.casekit.core.workflow.Presets}.
 */
@NullMarked
package io.casekit.core.workflow;

import org.jspecify.annotations.NullMarked;
