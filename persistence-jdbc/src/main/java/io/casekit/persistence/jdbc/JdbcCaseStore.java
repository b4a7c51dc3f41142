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
package io.casekit.persistence.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.persistence.jdbc.internal.CaseCommits;
import io.casekit.persistence.jdbc.internal.CaseReads;
import io.casekit.persistence.jdbc.internal.JdbcAccessRequests;
import io.casekit.persistence.jdbc.internal.JdbcCounters;
import io.casekit.persistence.jdbc.internal.JdbcDefinitionFingerprints;
import io.casekit.persistence.jdbc.internal.JdbcInvitations;
import io.casekit.persistence.jdbc.internal.JdbcOutbox;
import io.casekit.persistence.jdbc.internal.JdbcProfiles;
import io.casekit.persistence.jdbc.internal.JdbcTimers;
import io.casekit.persistence.jdbc.internal.JdbcVerificationCodes;
import io.casekit.persistence.jdbc.internal.Migrations;
import io.casekit.persistence.jdbc.internal.Sequences;
import io.casekit.persistence.jdbc.internal.Sql;
import io.casekit.persistence.jdbc.internal.StoreSetup;
import io.casekit.persistence.jdbc.internal.Transactions;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.VerificationCodeStore;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxBacklog;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseCounters;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DefinitionFingerprints;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerBacklog;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore} with {@linkplain #timers() timers}, an {@linkplain #outbox() outbox},
 * {@linkplain #queries() queries} and {@linkplain #counters() counters} on a relational database through JDBC: PostgreSQL in production,
 * H2 (in memory or in a file) embedded. The host hands in a {@link DataSource} (a pool, such as
 * HikariCP, in production) and builds the store once:
 *
 * <pre>{@code
 * CaseStore store = JdbcCaseStore.builder(dataSource)
 *         .migrate(true)   // apply Casekit's schema migrations (own history table) on build()
 *         .build();
 * }</pre>
 *
 * <p>A case is one row of {@code casekit_case} (with the columns queries need, custom fields and SLA
 * instances as JSON) plus its append-only timeline in {@code casekit_event}. {@link #commit} writes
 * both in one transaction, under an optimistic check of the stored version: a concurrent writer
 * makes it fail with {@link ConcurrentCaseUpdateException}, a taken number with {@link
 * DuplicateCaseNumberException}, anything else the database refuses with {@link
 * CaseStoreException}; no {@link SQLException} ever leaves the store, and a failed commit leaves
 * nothing behind. The commit's {@linkplain CaseCommit#timers() timer changes} ({@code
 * casekit_timer}) and {@linkplain CaseCommit#notifications() notifications} ({@code
 * casekit_outbox}) are written in the same transaction: a refused commit changes neither. Case-number
 * sequences are native database sequences: taking a number needs no commit of its own, and numbers
 * are unique and increasing per sequence, across nodes, but not gap-free. Per-customer numbers come
 * from {@linkplain #counters() counters} ({@code casekit_counter}) that the opening commit advances
 * in its own transaction: gap-free per customer, never taken twice.
 *
 * <p>Instants are stored to the microsecond (as the engine makes them); a commit with finer
 * instants (also a timer's due time) is refused rather than silently changed.
 *
 * <p>Due timers and notifications are claimed under a lease so that no two nodes hold one at once:
 * with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, with a compare-and-set per row on H2.
 *
 * <p>The store is a facade over one class per job (commits, reads and queries, timers, outbox,
 * sequences, counters) that share one transaction helper; it implements {@link TimerStore}, {@link
 * Outbox}, {@link CaseQueries} and {@link CaseCounters} itself too, by delegation, for callers that
 * use it as such.
 *
 * <p>Thread-safe: it holds no mutable state but a cache of created sequences, and takes a connection
 * from the data source for each call, returning it before the call returns. Several stores (nodes)
 * may share one database.
 */
@API(status = STABLE, since = "0.1.0")
public final class JdbcCaseStore implements CaseStore, TimerStore, Outbox, CaseQueries, CaseCounters {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final CaseReads reads;
    private final CaseCommits commits;
    private final JdbcTimers timers;
    private final JdbcOutbox outbox;
    private final Sequences sequences;
    private final JdbcCounters counters;
    private final JdbcDefinitionFingerprints fingerprints;
    private final JdbcVerificationCodes verificationCodes;
    private final JdbcInvitations invitations;
    private final JdbcAccessRequests accessRequests;
    private final JdbcProfiles profiles;

    private JdbcCaseStore(DataSource dataSource, Dialect dialect) {
        Transactions tx = new Transactions(dataSource);
        this.dataSource = dataSource;
        this.dialect = dialect;
        Sql sql = Sql.of(dialect);
        this.reads = new CaseReads(tx, sql);
        this.commits = new CaseCommits(tx, sql, reads);
        this.timers = new JdbcTimers(tx, sql);
        this.outbox = new JdbcOutbox(tx, sql);
        this.sequences = new Sequences(tx, dialect);
        this.counters = new JdbcCounters(tx);
        this.fingerprints = new JdbcDefinitionFingerprints(tx);
        this.verificationCodes = new JdbcVerificationCodes(tx, dialect);
        this.invitations = new JdbcInvitations(tx);
        this.accessRequests = new JdbcAccessRequests(tx);
        this.profiles = new JdbcProfiles(tx);
    }

    /**
     * Starts a builder of a store on the given data source.
     *
     * @param dataSource where the connections come from; a pooled one in production
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(requireNonNull(dataSource, "dataSource"));
    }

    /**
     * The schema the store needs, as the SQL text of its migration scripts in the order they apply,
     * for a DBA who applies it by hand instead of letting the store migrate on {@link
     * Builder#build()}. A schema applied this way has no Flyway history: keep the store at
     * {@code migrate(false)} on it.
     *
     * @param dialect the database the schema is for
     * @return the SQL text of the scripts, one after the other, each headed by a comment
     */
    public static String schemaSql(Dialect dialect) {
        return Migrations.schemaSql(requireNonNull(dialect, "dialect"));
    }

    /**
     * {@return the name of Flyway's history table for Casekit's migrations: {@value
     * Migrations#HISTORY_TABLE}}
     */
    public static String historyTable() {
        return Migrations.HISTORY_TABLE;
    }

    /** {@return the dialect detected from the database} */
    public Dialect dialect() {
        return dialect;
    }

    // ---------------------------------------------------------------------------------------------
    // CaseStore

    /**
     * Checks that the database answers and holds every table and column of the current schema, as
     * {@link Builder#build()} does before it returns a store: for a health check, after a DBA
     * applied or rolled back a migration, say. Reads only.
     *
     * @throws CaseStoreException if the database is unreachable or the schema is missing, incomplete
     *     or older than this version of Casekit needs
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public void checkSchema() {
        StoreSetup.checkSchema(dataSource, dialect);
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return reads.find(id);
    }

    @Override
    public Optional<Case> findByNumber(String number) {
        return reads.findByNumber(number);
    }

    @Override
    public List<CaseEvent> events(CaseId id) {
        return reads.events(id);
    }

    @Override
    public void commit(CaseCommit commit) {
        commits.commit(commit);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One transaction that writes each commit as {@link #commit} does, in the order of the case
     * ids, so that two multi-case commits lock the case rows in the same order and wait for each
     * other instead of deadlocking; the second one then finds a new version and is refused. Any
     * refusal or failure rolls the whole transaction back.
     */
    @Override
    public void commitAll(List<CaseCommit> commits) {
        this.commits.commitAll(commits);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The value comes from a native database sequence for the name, created on first use: no
     * commit of its own, no lock a case commit waits for. Values are unique and increasing, not
     * gap-free (a value taken for a commit that fails is lost, and a restart may skip cached values).
     *
     * @throws IllegalArgumentException if the name is blank or longer than 200 characters
     */
    @Override
    public long nextSequenceValue(String sequenceName) {
        return sequences.next(sequenceName);
    }

    @Override
    public Optional<TimerStore> timers() {
        return Optional.of(timers);
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(outbox);
    }

    @Override
    public Optional<CaseQueries> queries() {
        return Optional.of(reads);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Counters are rows of {@code casekit_counter}, advanced in the transaction of the commit that
     * carries them (so a commit with counters is a transaction of several statements on PostgreSQL
     * too); of two commits that expect the same value, the second waits for the first's row lock and
     * is then refused.
     */
    @Override
    public Optional<CaseCounters> counters() {
        return Optional.of(counters);
    }

    @Override
    public long counterValue(String name) {
        return counters.counterValue(name);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Fingerprints are rows of {@code casekit_definition}, one per definition version.
     */
    @Override
    public Optional<DefinitionFingerprints> definitionFingerprints() {
        return Optional.of(fingerprints);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Codes are rows of {@code casekit_verification_code}: a salt and a hash each, never the code.
     */
    @Override
    public Optional<VerificationCodeStore> verificationCodes() {
        return Optional.of(verificationCodes);
    }

    /** {@return the invitations (the hashes of their codes), in {@code casekit_invitation}} */
    @Override
    public Optional<InvitationStore> invitations() {
        return Optional.of(invitations);
    }

    /** {@return the requests for portal access, in {@code casekit_access_request}} */
    @Override
    public Optional<AccessRequestStore> accessRequests() {
        return Optional.of(accessRequests);
    }

    /** {@return the contact profiles and their history, in {@code casekit_profile} and {@code casekit_profile_change}} */
    @Override
    public Optional<ProfileStore> profiles() {
        return Optional.of(profiles);
    }

    // ---------------------------------------------------------------------------------------------
    // CaseQueries, TimerStore and Outbox, by delegation

    @Override
    public CasePage search(CaseQuery query) {
        return reads.search(query);
    }

    @Override
    public SortedMap<String, Long> count(CaseFilter filter, CountDimension dimension) {
        return reads.count(filter, dimension);
    }

    @Override
    public List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
        return timers.claimDue(now, limit, owner, lease);
    }

    @Override
    public void complete(ClaimedTimer claimed) {
        timers.complete(claimed);
    }

    @Override
    public boolean release(ClaimedTimer claimed) {
        return timers.release(claimed);
    }

    @Override
    public Optional<Timer> find(TimerKey key) {
        return timers.find(key);
    }

    @Override
    public List<Timer> timers(CaseId caseId) {
        return timers.timers(caseId);
    }

    /** {@return the timers of {@code casekit_timer} due at {@code now}: how many, and the earliest} */
    @Override
    public Optional<TimerBacklog> backlog(Instant now) {
        return timers.backlog(now);
    }

    /** {@return the pending rows of {@code casekit_outbox}: how many, and the oldest one's creation} */
    @Override
    public Optional<OutboxBacklog> backlog() {
        return outbox.backlog();
    }

    @Override
    public List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease) {
        return outbox.claimDueNotifications(now, limit, owner, lease);
    }

    @Override
    public boolean markSent(ClaimedNotification claimed, Instant at) {
        return outbox.markSent(claimed, at);
    }

    @Override
    public boolean release(ClaimedNotification claimed) {
        return outbox.release(claimed);
    }

    @Override
    public boolean reschedule(ClaimedNotification claimed, Instant nextAttemptAt, String reason) {
        return outbox.reschedule(claimed, nextAttemptAt, reason);
    }

    @Override
    public boolean markFailed(ClaimedNotification claimed, Instant at, String reason) {
        return outbox.markFailed(claimed, at, reason);
    }

    @Override
    public List<OutboxEntry> failedNotifications(int limit) {
        return outbox.failedNotifications(limit);
    }

    @Override
    public boolean replayNotification(String notificationId, Instant now) {
        return outbox.replayNotification(notificationId, now);
    }

    @Override
    public Optional<OutboxEntry> findNotification(String notificationId) {
        return outbox.findNotification(notificationId);
    }

    @Override
    public List<OutboxEntry> notifications(CaseId caseId) {
        return outbox.notifications(caseId);
    }

    // ---------------------------------------------------------------------------------------------

    @Override
    public String toString() {
        return "JdbcCaseStore[" + dialect + "]";
    }

    /**
     * Builds a {@link JdbcCaseStore}. Each setting may be set once. Not thread-safe; use it on one
     * thread, then share the store it built.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private @Nullable Boolean migrate;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Whether {@link #build()} applies Casekit's pending schema migrations (default {@code
         * false}). They are Flyway migrations with their own history table, {@code
         * casekit_schema_history}, next to (never in) the host's; several nodes may migrate at once.
         * Without it, {@code build()} only checks that the schema is there.
         *
         * @param value {@code true} to migrate, {@code false} to only check
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder migrate(boolean value) {
            if (migrate != null) {
                throw new IllegalStateException("migrate was already set to " + migrate);
            }
            migrate = value;
            return this;
        }

        /**
         * Detects the database's dialect, migrates the schema if asked to, checks that the schema is
         * complete, and returns the store.
         *
         * @throws CaseStoreException if the database is unreachable or not supported, the migration
         *     fails, or the schema is missing or incomplete
         * @return the store, ready to use; thread-safe
         */
        public JdbcCaseStore build() {
            return new JdbcCaseStore(dataSource, StoreSetup.prepare(dataSource, Boolean.TRUE.equals(migrate)));
        }
    }
}
