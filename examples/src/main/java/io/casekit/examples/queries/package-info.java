/**
 * The case-list benchmark: a million cases in PostgreSQL or H2, and the latency of the lists a
 * portal shows (a customer's open cases, newest change first), through {@code JdbcCaseStore} and as
 * plain JDBC beside it.
 */
@NullMarked
package io.casekit.examples.queries;

import org.jspecify.annotations.NullMarked;
