/**
 * The machinery behind the YAML/JSON form of workflow definitions: a small model of the format's
 * shape ({@link io.casekit.core.workflow.internal.Shape}), the check of a parsed document against it,
 * the JSON Schema generated from it, and a typed view of a checked document. Not part of the API:
 * use {@link io.casekit.core.workflow.WorkflowDefinitions}; anything here may change without notice.
 */
@NullMarked
package io.casekit.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
