/**
 * The contract every {@link io.casekit.spi.query.CaseQueries} implementation passes, and the varied cases it
 * queries ({@link io.casekit.testkit.query.QueryFixtures}).
 */
@NullMarked
package io.casekit.testkit.query;

import org.jspecify.annotations.NullMarked;
