/**
 * Plumbing the contract suites share; not part of the API.
 */
@NullMarked
package io.casekit.testkit.internal;

import org.jspecify.annotations.NullMarked;
