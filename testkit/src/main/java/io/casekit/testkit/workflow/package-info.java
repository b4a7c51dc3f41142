/**
 * Tests of a workflow definition, the way Casekit tests its presets: {@link
 * io.casekit.testkit.workflow.CasekitWorkflowTest} hands each test a {@link io.casekit.testkit.workflow.WorkflowScenario}
 * with named customers and actors, steps through the public case commands, time steps that fire timers, and
 * assertions on cases, SLA clocks, the outbox and what each actor may do.
 */
@NullMarked
package io.casekit.testkit.workflow;

import org.jspecify.annotations.NullMarked;
