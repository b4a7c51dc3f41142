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
 * The parts of the "lifecycle" benchmark: the exact {@link io.casekit.examples.lifecycle.Workload},
 * the {@link io.casekit.examples.lifecycle.LifecycleTarget} contract that each measured
 * implementation fulfils (Casekit on a store, and the floor: the least work that does the same
 * thing on the same storage), one measured run ({@link io.casekit.examples.lifecycle.LifecycleRun})
 * and its statistics. The driver is {@link io.casekit.examples.LifecycleBenchmark}.
 */
@NullMarked
package io.casekit.examples.lifecycle;

import org.jspecify.annotations.NullMarked;
