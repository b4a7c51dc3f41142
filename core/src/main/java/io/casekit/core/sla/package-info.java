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
 * The SLA clock: {@link io.casekit.core.sla.BusinessCalendar} (a time zone, weekly opening hours,
 * holidays and partial closures) and the business-time arithmetic on it — open at an instant, the
 * next opening, the deadline after a business duration or a number of working days, and the
 * business time between two instants. All instants are UTC; opening hours are local to the
 * calendar's zone (see the class documentation for the daylight-saving rules).
 */
@NullMarked
package io.casekit.core.sla;

import org.jspecify.annotations.NullMarked;
