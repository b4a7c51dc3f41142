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
 * A load driver for the reference portal: {@link io.casekit.examples.portal.load.PortalLoad} starts
 * the portal in its own JVM on loopback, fills the store, signs contacts and agents in over HTTP and
 * runs their journeys for a fixed time, then prints the latency of every kind of page. Not a test:
 * it lives beside the tests only so that it never ships in the application.
 */
package io.casekit.examples.portal.load;
