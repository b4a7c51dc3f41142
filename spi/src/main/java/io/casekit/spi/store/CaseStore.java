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
package io.casekit.spi.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.VerificationCodeStore;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.timer.TimerStore;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps cases and their timelines. Casekit reads a case, computes the change, and hands the new
 * state and its events to {@link #commit(CaseCommit)}; the store makes the change durable
 * atomically, or refuses it if another writer got there first.
 *
 * <p>Timers, an outbox, queries and counters are optional capabilities, each a contract of its own. A
 * store declares the ones it offers through {@link #timers()}, {@link #outbox()}, {@link #queries()}
 * and {@link #counters()};
 * Casekit never probes a store's class for them, and refuses at build time a workflow definition
 * that needs a capability the store does not declare.
 *
 * <p>Implementations must be thread-safe and pass {@code CaseStoreContract} from {@code casekit-testkit}.
 */
@API(status = STABLE, since = "0.1.0")
public interface CaseStore {

    /**
     * Loads a case by id.
     *
     * @param id the case's id
     * @return the last committed state, or empty if no case has this id; never null
     */
    Optional<Case> find(CaseId id);

    /**
     * Loads a case by its number (exact match, case-sensitive).
     *
     * @param number the case number people quote
     * @return the last committed state, or empty if no case has this number; never null
     */
    Optional<Case> findByNumber(String number);

    /**
     * Commits one change: the new case state and the events that led to it, all or nothing.
     *
     * <p>The store must guarantee that, when this method returns normally, the state and every
     * event are durable and visible to later reads; when it throws, nothing of the commit is
     * visible. A commit with {@link CaseCommit#expectedVersion()} 0 creates the case; any other
     * commit applies only if the stored version equals the expected version.
     *
     * @param commit the change, already checked for consistency by its constructor
     * @throws ConcurrentCaseUpdateException if the stored version is not the expected one (another
     *     writer committed first, or the case to create exists already); nothing was written
     * @throws DuplicateCaseNumberException if a new case's number is taken; nothing was written
     * @throws ConcurrentCounterUpdateException if a counter the commit increments no longer has the
     *     expected value (only a store with {@link #counters()}); nothing was written
     */
    void commit(CaseCommit commit);

    /**
     * Commits changes of several cases as one: all of them or none (a merge changes the target and
     * every source; a follow-up creates a case and links the old one). Each commit is checked as
     * {@link #commit} checks it, against its own expected version.
     *
     * <p>When this method returns normally, every state and event of every commit is durable and
     * visible; when it throws, nothing of any of them is. Readers may see the cases of a
     * multi-case commit change one after the other, never a case without its own events; writers
     * never interleave with it (a writer that read a case before the multi-case commit changed it
     * is refused by the version check).
     *
     * @param commits the commits, at least one, of distinct cases
     * @throws ConcurrentCaseUpdateException if any case's stored version is not its commit's expected
     *     one; nothing of any commit was written
     * @throws DuplicateCaseNumberException if a new case's number is taken; nothing was written
     * @throws ConcurrentCounterUpdateException if a counter a commit increments no longer has the
     *     expected value (only a store with {@link #counters()}); nothing of any commit was written
     * @throws IllegalArgumentException if the list is empty, names a case twice or increments a
     *     counter in two commits
     */
    void commitAll(List<CaseCommit> commits);

    /**
     * Reads a case's timeline.
     *
     * @param id the case's id
     * @return every committed event of the case in sequence order, or an empty list if the case is
     *     unknown; never null
     */
    List<CaseEvent> events(CaseId id);

    /**
     * Hands out the next value of a named sequence, for case numbers.
     *
     * <p>The first value of a sequence is 1. A value is never handed out twice, also across
     * threads, nodes and restarts; values may be skipped (for example when a commit fails after
     * taking one).
     *
     * @param sequenceName the sequence's name, as the number format names it
     * @return the next value, 1 or more
     */
    long nextSequenceValue(String sequenceName);

    /**
     * The store's timers, if it keeps them: SLA policies and feedback windows need them. The timers
     * must be written in the same atomic commit as the case change that schedules them.
     *
     * @return the timer store (often the store itself), or empty if the store keeps no timers;
     *     the same answer on every call; never null
     */
    default Optional<TimerStore> timers() {
        return Optional.empty();
    }

    /**
     * The store's notification outbox, if it keeps one: notification rules need it. Notifications
     * must be written in the same atomic commit as the case change that causes them.
     *
     * @return the outbox (often the store itself), or empty if the store keeps none; the same
     *     answer on every call; never null
     */
    default Optional<Outbox> outbox() {
        return Optional.empty();
    }

    /**
     * The store's counters, if it keeps them: case-number formats with a per-customer sequence
     * ({@code {customerSeq}}) need them. A commit's {@link CaseCommit#counters() counter increments}
     * must be applied in the same atomic commit as its case, as {@link CaseCounters} describes; a
     * store without counters refuses a commit that carries increments.
     *
     * @return the counters (often the store itself), or empty if the store keeps none; the same
     *     answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    default Optional<CaseCounters> counters() {
        return Optional.empty();
    }

    /**
     * The fingerprints of the definition versions whose cases the store keeps, if it keeps them:
     * with them, Casekit refuses to start with a definition changed in place under an id and version
     * the store knows.
     *
     * @return the fingerprints (often the store itself), or empty if the store keeps none (then a
     *     definition changed in place goes unnoticed); the same answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<DefinitionFingerprints> definitionFingerprints() {
        return Optional.empty();
    }

    /**
     * The store's verification codes (their hashes), if it keeps them: {@code
     * Casekit.verificationCodes()} needs them.
     *
     * @return the code store, or empty if the store keeps none; the same answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<VerificationCodeStore> verificationCodes() {
        return Optional.empty();
    }

    /**
     * The store's invitations (their code hashes), if it keeps them: {@code Casekit.invitations()} needs them.
     *
     * @return the invitation store, or empty if the store keeps none; the same answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<InvitationStore> invitations() {
        return Optional.empty();
    }

    /**
     * The store's requests for portal access, if it keeps them: {@code Casekit.accessRequests()} needs them.
     *
     * @return the access request store, or empty if the store keeps none; the same answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<AccessRequestStore> accessRequests() {
        return Optional.empty();
    }

    /**
     * The store's contact profiles and their history, if it keeps them: {@code Casekit.profiles()}
     * needs them, and notifications honour them.
     *
     * @return the profile store, or empty if the store keeps none; the same answer on every call; never null
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    default Optional<ProfileStore> profiles() {
        return Optional.empty();
    }

    /**
     * The store's case lists and counts, if it answers them: searches, views and dashboard counts
     * need them.
     *
     * @return the queries (often the store itself), or empty if the store answers none; the same
     *     answer on every call; never null
     */
    default Optional<CaseQueries> queries() {
        return Optional.empty();
    }
}
