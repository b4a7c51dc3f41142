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
package io.casekit.testkit.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Takes a notifier's transport away and brings it back, for the outage tests of a
 * {@link NotifierContract}: stop the server, close the port, cut the network. A notifier that is
 * created or asked to deliver between {@link #begin()} and {@link #end()} must find the transport
 * unreachable; after {@link #end()} it must find it reachable again, at the same place.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Outage {

    /** Makes the transport unreachable. */
    void begin();

    /** Makes the transport reachable again; the suite calls it even when a test fails. */
    void end();
}
