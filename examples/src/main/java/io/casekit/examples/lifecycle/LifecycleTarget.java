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
package io.casekit.examples.lifecycle;

import io.casekit.examples.lifecycle.Workload.CaseData;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One implementation the "lifecycle" benchmark measures: Casekit on some store, or the floor (the
 * least work that does the same thing on the same storage). Each of the six methods is one
 * transaction of the workload: when it returns, the new state of the case and its audit record are
 * committed (durable as far as the storage's settings make them), and it fails if the case is not
 * in the "before" status of the transaction. The driver times each call individually.
 *
 * <p>A target is used for one run: {@link #setUp()} (not timed), the six transactions of each case
 * from the worker threads (each case from one thread only; methods must be thread-safe across
 * cases), {@link #verify} (not timed), {@link #tearDown()}.
 *
 * @param <H> what the target needs to find a case again after creating it (an id, a number)
 */
public interface LifecycleTarget<H> {

    /** The name reports use, e.g. {@code casekit-memory}. */
    String name();

    /** Creates the schema, deploys the model, fills the directory: everything before the warm-up. Not timed. */
    void setUp() throws Exception;

    /** Transaction 1: opens the case in {@code Received}, version 1, owner empty, with a {@code created} record. */
    H create(CaseData c) throws Exception;

    /** Transaction 2: {@code Received -> In Progress}, owner := {@link CaseData#owner()}. */
    void assign(H handle, CaseData c) throws Exception;

    /** Transaction 3: {@code In Progress -> Waiting for customer}. */
    void waitForCustomer(H handle, CaseData c) throws Exception;

    /** Transaction 4: the contact's comment moves {@code Waiting for customer -> In Progress}. */
    void customerComment(H handle, CaseData c) throws Exception;

    /** Transaction 5: {@code In Progress -> Ready}. */
    void resolve(H handle, CaseData c) throws Exception;

    /** Transaction 6: {@code Ready -> Closed}. */
    void closeCase(H handle, CaseData c) throws Exception;

    /**
     * Checks, after the measured phase, that every case ran all six transactions: closed, at
     * version 6, with all its audit records and the comment body. Not timed.
     *
     * @param cases the inputs of every case of the run, warm-up included, by global index
     * @param handles what {@link #create} returned for each case, by global index (null if it never ran)
     */
    Verification verify(CaseData[] cases, AtomicReferenceArray<H> handles) throws Exception;

    /** Releases what {@link #setUp()} acquired (connections, servers, memory). */
    void tearDown() throws Exception;
}
