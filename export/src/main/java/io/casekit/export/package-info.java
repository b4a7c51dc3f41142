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
 * Exports of case lists: {@link io.casekit.export.CaseExport} writes the cases an actor may see
 * (a query's filter and sort, or a view of the workflow definition) as CSV or as an Excel workbook
 * (xlsx), with labels in the reader's language, instants in the reader's time zone, and formula
 * injection neutralised, streamed in bounded memory.
 *
 * <p>An optional module: a host that does not export leaves it, Apache Commons CSV and Apache POI
 * off its classpath.
 */
@NullMarked
package io.casekit.export;

import org.jspecify.annotations.NullMarked;
