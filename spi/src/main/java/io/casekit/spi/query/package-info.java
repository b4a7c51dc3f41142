/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
