/**
 * The query contract: find cases by criteria ({@link io.casekit.spi.query.CaseFilter}), sorted on
 * one column with a stable tie-breaker and read page by page with keyset cursors ({@link
 * io.casekit.spi.query.CaseQuery}, {@link io.casekit.spi.query.CasePage}), and count them per
 * priority, status or another dimension for a dashboard. The records define the semantics as
 * executable Java ({@link io.casekit.spi.query.CaseFilter#matches}, {@link
 * io.casekit.spi.query.CaseSort#comparator()}); a store's query language must give the same answers.
 */
@NullMarked
package io.casekit.spi.query;

import org.jspecify.annotations.NullMarked;
