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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One immutable entry of a case's timeline. Every change to a case is recorded as one or more
 * events, committed atomically with the new case state; the timeline a portal shows is the case's
 * event list in {@link EventHeader#sequence()} order.
 *
 * <p>The set of events is closed: a store can persist each kind, and {@link CaseHistory} replays
 * any timeline into the case state.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface CaseEvent permits CaseOpened, CaseChange {

    /** {@return the case, position in the timeline, version, time and actor of this event} */
    EventHeader header();
}
