package io.casekit.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import io.casekit.persistence.jdbc.internal.ClaimArguments;
import io.casekit.persistence.jdbc.internal.CaseQuerySql;
import io.casekit.persistence.jdbc.internal.CaseTable;
import io.casekit.persistence.jdbc.internal.EventCodec;
import io.casekit.persistence.jdbc.internal.EventTable;
import io.casekit.persistence.jdbc.internal.Migrations;
import io.casekit.persistence.jdbc.internal.Sql;
import io.casekit.persistence.jdbc.internal.JdbcOutbox;
import io.casekit.persistence.jdbc.internal.OutboxTable;
import io.casekit.persistence.jdbc.internal.TimerTable;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CaseStore}, {@link TimerStore}, {@link Outbox} and {@link CaseQueries} on a relational database through JDBC: PostgreSQL in production, H2 (in
 * memory or in a file) embedded. The host hands in a {@link DataSource} (a pool, such as HikariCP,
 * in production) and builds the store once:
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
 * nothing behind. The commit's {@linkplain CaseCommit#timers() timer changes} are applied to {@code
 * casekit_timer} in the same transaction (on PostgreSQL, in the same statement): a refused commit
 * changes no timer. Its {@linkplain CaseCommit#notifications() notifications} go to {@code
 * casekit_outbox} in the same transaction too (a commit with notifications is always a transaction
 * of several statements). Case-number sequences live in {@code casekit_sequence} and are incremented
 * atomically in the database, so no value is handed out twice, also across nodes; on PostgreSQL the
 * increment's own transaction does not wait for its WAL flush (the commit of the case that shows
 * the number flushes it).
 *
 * <p>Instants are stored to the microsecond (as the engine makes them); a commit with finer
 * instants (also a timer's due time) is refused rather than silently changed.
 *
 * <p>Due timers are claimed under a lease so that no two nodes hold the same timer at once; see
 * {@link #claimDue} for how, per database.
 *
 * <p>Thread-safe: it holds no mutable state and takes a connection from the data source for each
 * call, returning it before the call returns. Several stores (nodes) may share one database.
 */
public final class JdbcCaseStore implements CaseStore, TimerStore, Outbox, CaseQueries {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCaseStore.class);

    /** SQLState of a unique-constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** How often a sequence increment is tried when two callers create the same new sequence at once (H2). */
    private static final int SEQUENCE_ATTEMPTS = 5;

    /** How many rounds of candidates a compare-and-set claim reads at most before it returns what it won. */
    private static final int CLAIM_ROUNDS = 5;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Sql sql;
    private final JdbcOutbox outbox;

    private JdbcCaseStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.sql = Sql.of(dialect);
        this.outbox = new JdbcOutbox(dataSource);
    }

    /** Starts a builder of a store on the given data source. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(requireNonNull(dataSource, "dataSource"));
    }

    /**
     * The schema the store needs, as the SQL text of its migration scripts in the order they apply,
     * for a DBA who applies it by hand instead of letting the store migrate on {@link
     * Builder#build()}. A schema applied this way has no Flyway history: keep the store at
     * {@code migrate(false)} on it.
     */
    public static String schemaSql(Dialect dialect) {
        return Migrations.schemaSql(requireNonNull(dialect, "dialect"));
    }

    /** The name of Flyway's history table for Casekit's migrations: {@value Migrations#HISTORY_TABLE}. */
    public static String historyTable() {
        return Migrations.HISTORY_TABLE;
    }

    /** The dialect detected from the database. */
    public Dialect dialect() {
        return dialect;
    }

    // ---------------------------------------------------------------------------------------------
    // Reads

    @Override
    public Optional<Case> find(CaseId id) {
        requireNonNull(id, "id");
        return read("find case " + id, sql.cases().select(), id.value(),
                rs -> rs.next() ? Optional.of(CaseTable.read(rs)) : Optional.<Case>empty());
    }

    @Override
    public Optional<Case> findByNumber(String number) {
        requireNonNull(number, "number");
        return read("find case number " + number, sql.cases().selectByNumber(), number,
                rs -> rs.next() ? Optional.of(CaseTable.read(rs)) : Optional.<Case>empty());
    }

    @Override
    public List<CaseEvent> events(CaseId id) {
        requireNonNull(id, "id");
        return read("read the events of case " + id, sql.events().select(), id.value(), rs -> EventTable.read(id, rs));
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with text parameters and ends the connection's transaction if it has one. */
    private <T> T read(String what, String statement, String parameter, RowReader<T> reader) {
        return read(what, statement, new String[] {parameter}, reader);
    }

    /** Runs a query with text parameters and ends the connection's transaction if it has one. */
    private <T> T read(String what, String statement, String[] parameters, RowReader<T> reader) {
        return read(what, statement, ps -> {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
        }, reader);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs a query and ends the connection's transaction if it has one. */
    private <T> T read(String what, String statement, Binder binder, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection()) {
            T result;
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    result = reader.read(rs);
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback(); // read only: end the transaction the pool's connection may have begun
            }
            return result;
        } catch (SQLException e) {
            throw new CaseStoreException("could not " + what, describe(e));
        } catch (IllegalArgumentException e) {
            throw new CaseStoreException("could not " + what + ": the stored data cannot be read (written by a newer"
                    + " Casekit, or changed by hand)", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Queries

    /**
     * {@inheritDoc}
     *
     * <p>One SELECT of the page's rows and one more (which only tells that a next page exists),
     * ordered by the sort column and id and continued from the cursor by a row comparison: a page
     * deep in a list costs what the first one costs. The index on (customer, state, modified, id)
     * serves a customer's cases in one state, newest change first; (state, modified, id) the desk's
     * lists of one state.
     */
    @Override
    public CasePage search(CaseQuery query) {
        requireNonNull(query, "query");
        CaseQuerySql statement = CaseQuerySql.search(query);
        return read("search cases", statement.sql(), statement::bind, rs -> {
            List<Case> found = new ArrayList<>(query.pageSize() + 1);
            while (rs.next()) {
                found.add(CaseTable.read(rs));
            }
            return CasePage.of(query, found);
        });
    }

    @Override
    public SortedMap<String, Long> count(CaseFilter filter, CountDimension dimension) {
        requireNonNull(filter, "filter");
        requireNonNull(dimension, "dimension");
        CaseQuerySql statement = CaseQuerySql.count(filter, dimension);
        return read("count cases", statement.sql(), statement::bind, rs -> {
            SortedMap<String, Long> counts = new TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return Collections.unmodifiableSortedMap(counts);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Commit

    @Override
    public void commit(CaseCommit commit) {
        requireNonNull(commit, "commit");
        Case state = commit.state();
        commitEncoded(List.of(encode(commit)), "case " + state.id() + " version " + state.version());
    }

    /**
     * {@inheritDoc}
     *
     * <p>One transaction (the connection leaves auto-commit for it) that writes each commit as
     * {@link #commit} does, in the order of the case ids, so that two multi-case commits lock the
     * case rows in the same order and wait for each other instead of deadlocking; the second one
     * then finds a new version and is refused. Any refusal or failure rolls the whole transaction
     * back.
     */
    @Override
    public void commitAll(List<CaseCommit> commits) {
        List<CaseCommit> all = new ArrayList<>(CaseCommit.distinct(commits));
        all.sort(Comparator.comparing((CaseCommit commit) -> commit.state().id().value()));
        String what = all.size() == 1
                ? "case " + all.get(0).state().id() + " version " + all.get(0).state().version()
                : "cases " + all.stream().map(commit -> commit.state().id().value()).toList();
        commitEncoded(all.stream().map(JdbcCaseStore::encode).toList(), what);
    }

    /**
     * Writes the commits on one connection: a single commit that the dialect writes as one statement,
     * on a connection in auto-commit mode, as that statement alone; anything else in a transaction
     * (leaving auto-commit for it, and restoring it after).
     */
    private void commitEncoded(List<Encoded> all, String what) {
        // notifications are written after the case row, in the same transaction: never one statement
        boolean oneStatement = all.size() == 1 && sql.oneStatementCommits() && all.get(0).commit().notifications().isEmpty();
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CaseStoreException("could not get a connection to commit " + what + " (nothing was written)", e);
        }
        try {
            boolean autoCommit;
            try {
                autoCommit = c.getAutoCommit();
                if (autoCommit && !oneStatement) {
                    c.setAutoCommit(false);
                }
            } catch (SQLException e) {
                throw new CaseStoreException("could not begin the commit of " + what + " (nothing was written)", e);
            }
            if (autoCommit && oneStatement) {
                commitInOneStatement(c, all.get(0), what);
            } else {
                try {
                    writeAll(c, all, what);
                } finally {
                    if (autoCommit) {
                        restoreAutoCommit(c);
                    }
                }
            }
        } finally {
            close(c);
        }
    }

    /** On a connection in manual-commit mode: writes every commit, then commits; rolls back on any failure. */
    private void writeAll(Connection c, List<Encoded> all, String what) {
        int current = 0;
        try {
            for (; current < all.size(); current++) {
                write(c, all.get(current));
            }
        } catch (SQLException e) {
            rollback(c, e);
            throw refused(c, all.get(current).commit(), what, e);
        } catch (RuntimeException e) {
            rollback(c, e);
            throw e;
        }
        try {
            c.commit();
        } catch (SQLException e) {
            rollback(c, e);
            throw unknownOutcome(what, e);
        }
    }

    /**
     * On a connection in auto-commit mode, with a dialect that writes a commit as one statement: the
     * statement is the transaction.
     */
    private void commitInOneStatement(Connection c, Encoded encoded, String what) {
        try {
            write(c, encoded);
        } catch (SQLException e) {
            if (outcomeUnknown(e)) {
                throw unknownOutcome(what, e);
            }
            throw refused(c, encoded.commit(), what, e);
        }
    }

    /** Why a failed write wrote nothing: a taken id or number for a new case, or the database's error. */
    private RuntimeException refused(Connection c, CaseCommit failed, String what, SQLException e) {
        if (failed.creates() && isUniqueViolation(e)) {
            return refusedCreate(c, failed.state(), e);
        }
        return new CaseStoreException("could not commit " + what + " (nothing was written)", describe(e));
    }

    /**
     * A commit checked and with its events encoded, before any connection is taken (so that no
     * connection waits on JSON).
     *
     * @param commit the commit
     * @param kinds each event's kind, in order
     * @param payloads each event's JSON payload, in order
     */
    private record Encoded(CaseCommit commit, String[] kinds, String[] payloads) {

        /** How many events the case must have stored for the commit to continue it. */
        long expectedEventCount() {
            return commit.events().get(0).header().sequence() - 1;
        }
    }

    /**
     * Checks that the commit fits the store (a new case's timeline starts at 1; instants to the
     * microsecond) and encodes its events.
     */
    private static Encoded encode(CaseCommit commit) {
        List<CaseEvent> events = commit.events();
        long firstSequence = events.get(0).header().sequence();
        if (commit.creates() && firstSequence != 1) {
            throw new IllegalArgumentException("a new case's timeline starts at sequence 1, not " + firstSequence);
        }
        CaseTable.checkPrecision(commit.state(), Stream.of(events.stream().map(e -> e.header().at()),
                TimerTable.schedules(commit.timers()).stream().map(Timer::dueAt),
                commit.notifications().stream().map(n -> n.createdAt())).flatMap(times -> times));
        String[] kinds = new String[events.size()];
        String[] payloads = new String[events.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = EventCodec.kind(events.get(i));
            payloads[i] = EventCodec.payload(events.get(i));
        }
        return new Encoded(commit, kinds, payloads);
    }

    /**
     * Writes the case row, its events and its timer changes, in one statement or several, under the
     * version check.
     *
     * @throws ConcurrentCaseUpdateException if the stored version is not the expected one; nothing
     *     was written
     * @throws IllegalArgumentException if the commit does not continue the stored case; nothing was
     *     written
     */
    private void write(Connection c, Encoded encoded) throws SQLException {
        CaseCommit commit = encoded.commit();
        long expectedEventCount = encoded.expectedEventCount();
        String[] kinds = encoded.kinds();
        String[] payloads = encoded.payloads();
        Case state = commit.state();
        List<CaseEvent> events = commit.events();
        List<Timer> schedules = TimerTable.schedules(commit.timers());
        List<String> cancels = TimerTable.cancels(commit.timers());
        if (sql.oneStatementCommits()) {
            String statement = commit.creates()
                    ? sql.createWithEvents(events.size(), schedules.size(), cancels.size())
                    : sql.updateWithEvents(events.size(), schedules.size(), cancels.size());
            int inserted;
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                int next = commit.creates()
                        ? CaseTable.bindInsert(ps, state)
                        : CaseTable.bindUpdate(ps, state, commit.expectedVersion(), expectedEventCount);
                for (Timer timer : schedules) {
                    next = TimerTable.bindScheduleRow(ps, next, timer);
                }
                for (String name : cancels) {
                    ps.setString(next++, name);
                }
                for (int i = 0; i < kinds.length; i++) {
                    next = EventTable.bindRow(ps, next, events.get(i), kinds[i], payloads[i]);
                }
                inserted = ps.executeUpdate();
            }
            if (inserted == 0 && !commit.creates()) {
                throw refusedUpdate(c, commit, expectedEventCount);
            }
            if (inserted != events.size()) {
                throw new SQLException("the commit of case " + state.id() + " wrote " + inserted + " of " + events.size() + " events");
            }
            OutboxTable.insert(c, commit.notifications());
            return;
        }
        if (commit.creates()) {
            try (PreparedStatement ps = c.prepareStatement(sql.cases().insert())) {
                CaseTable.bindInsert(ps, state);
                ps.executeUpdate();
            }
        } else {
            int updated;
            try (PreparedStatement ps = c.prepareStatement(sql.cases().update())) {
                CaseTable.bindUpdate(ps, state, commit.expectedVersion(), expectedEventCount);
                updated = ps.executeUpdate();
            }
            if (updated != 1) {
                throw refusedUpdate(c, commit, expectedEventCount);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql.events().insert())) {
            if (kinds.length == 1) {
                EventTable.bind(ps, events.get(0), kinds[0], payloads[0]);
                ps.executeUpdate();
            } else {
                for (int i = 0; i < kinds.length; i++) {
                    EventTable.bind(ps, events.get(i), kinds[i], payloads[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        writeTimers(c, state, schedules, cancels);
        OutboxTable.insert(c, commit.notifications());
    }

    /** Applies a commit's timer changes, after its case row, in its transaction. */
    private void writeTimers(Connection c, Case state, List<Timer> schedules, List<String> cancels) throws SQLException {
        if (!schedules.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().upsert())) {
                for (Timer timer : schedules) {
                    TimerTable.bindSchedule(ps, timer);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!cancels.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().delete())) {
                for (String name : cancels) {
                    ps.setString(1, state.id().value());
                    ps.setString(2, name);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static CaseStoreException unknownOutcome(String what, SQLException e) {
        return new CaseStoreException("the database did not confirm the commit of " + what + ": if the connection broke,"
                + " the change may or may not be applied (all of it or none); reload before retrying", describe(e));
    }

    /**
     * Whether a failed auto-commit statement may still have been committed: the connection broke or
     * the server went away, so its reply may be what was lost.
     */
    private static boolean outcomeUnknown(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLRecoverableException || e instanceof java.sql.SQLNonTransientConnectionException
                || state == null || state.startsWith("08") || state.startsWith("57P");
    }

    /**
     * The UPDATE found no row with the expected version: says why, from the row as it is now, in the
     * same transaction (which the caller rolls back).
     */
    private RuntimeException refusedUpdate(Connection c, CaseCommit commit, long expectedEventCount) throws SQLException {
        Case state = commit.state();
        try (PreparedStatement ps = c.prepareStatement(sql.versionOf())) {
            ps.setString(1, state.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new ConcurrentCaseUpdateException(state.id(), commit.expectedVersion(), 0);
                }
                long actualVersion = rs.getLong(1);
                long actualEventCount = rs.getLong(2);
                String actualNumber = rs.getString(3);
                if (actualVersion != commit.expectedVersion()) {
                    LOG.debug("commit of case {} refused: expected version {}, found {}", state.id(), commit.expectedVersion(), actualVersion);
                    return new ConcurrentCaseUpdateException(state.id(), commit.expectedVersion(), actualVersion);
                }
                if (!actualNumber.equals(state.number())) {
                    return new IllegalArgumentException("a commit cannot change the case number (" + actualNumber + " to "
                            + state.number() + ")");
                }
                return new IllegalArgumentException("the commit's first event sequence " + (expectedEventCount + 1)
                        + " does not follow the stored timeline of case " + state.id() + ", which has " + actualEventCount + " events");
            }
        }
    }

    /**
     * The INSERT of a new case broke a unique constraint (nothing was written; a manual transaction
     * is rolled back already): another case has its id (a concurrent creation) or its number.
     */
    private RuntimeException refusedCreate(Connection c, Case state, SQLException cause) {
        try {
            long actualVersion = -1;
            boolean numberTaken = false;
            try (PreparedStatement ps = c.prepareStatement(sql.existing())) {
                ps.setString(1, state.id().value());
                ps.setString(2, state.number());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals(state.id().value())) {
                            actualVersion = rs.getLong(2);
                        } else {
                            numberTaken = true;
                        }
                    }
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (actualVersion >= 0) {
                return new ConcurrentCaseUpdateException(state.id(), 0, actualVersion);
            }
            if (numberTaken) {
                return new DuplicateCaseNumberException(state.number());
            }
            return new CaseStoreException("could not create case " + state.id() + " (nothing was written)", describe(cause));
        } catch (SQLException e) {
            e.addSuppressed(cause);
            return new CaseStoreException("could not create case " + state.id() + " (nothing was written)", describe(e));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Outbox (in casekit_outbox; see JdbcOutbox)

    @Override
    public List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease) {
        return outbox.claimDueNotifications(now, limit, owner, lease);
    }

    @Override
    public boolean markSent(ClaimedNotification claimed, Instant at) {
        return outbox.markSent(claimed, at);
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
    // Timers

    /**
     * {@inheritDoc}
     *
     * <p>How a claim stays exclusive across nodes:
     *
     * <ul>
     *   <li>PostgreSQL: one statement locks up to {@code limit} claimable rows, earliest due first,
     *       with {@code SELECT ... FOR UPDATE SKIP LOCKED}, and sets the lease on exactly the rows it
     *       locked. A row another claimer has locked is skipped rather than waited for; once that
     *       claimer commits, the row carries a live lease and fails the claimable condition (which
     *       PostgreSQL checks again on the newest version of a row it locks). Claimers never wait for
     *       each other.
     *   <li>H2 (which has no {@code SKIP LOCKED}): the candidates are read without locks, then each is
     *       claimed by its own compare-and-set {@code UPDATE ... SET owner, lease_until WHERE key AND
     *       token AND (owner IS NULL OR lease_until <= now)}, committed at once; only rows whose
     *       update count is 1 are returned. The UPDATE takes the row lock and evaluates its condition
     *       on the newest committed row, so of two claimers of one row, the second finds the first's
     *       live lease (or a new token) and updates nothing. Each claimer holds at most one row lock
     *       at a time, so claims cannot deadlock with each other or with commits. This works on any
     *       database whose UPDATE re-checks its condition under the row lock. A claimer that lost
     *       every candidate of a round reads new candidates (the lost ones now carry leases), up to
     *       {@value #CLAIM_ROUNDS} rounds.
     * </ul>
     *
     * <p>Times are compared at the microsecond the columns keep: {@code now} is rounded down and the
     * stored lease end rounded up, so that a lease never ends early; the returned claim carries
     * {@code now + lease} exactly.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1, {@code owner} is blank, or
     *     {@code lease} is not positive
     * @throws CaseStoreException if the database fails; nothing is claimed then, or a claim that the
     *     caller never learns of lapses with its lease
     */
    @Override
    public List<ClaimedTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
        ClaimArguments.check(now, limit, owner, lease);
        Instant leaseUntil = now.plus(lease);
        try (Connection c = dataSource.getConnection()) {
            List<Timer> won;
            try {
                won = sql.claimsWithSkipLocked()
                        ? claimLocking(c, TimerTable.floorMicros(now), limit, owner, TimerTable.ceilMicros(leaseUntil))
                        : claimByCompareAndSet(c, TimerTable.floorMicros(now), limit, owner, TimerTable.ceilMicros(leaseUntil));
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    rollback(c, e);
                }
                throw e;
            }
            List<ClaimedTimer> claimed = new ArrayList<>(won.size());
            won.stream().sorted(TimerTable.DUE_ORDER).forEach(t -> claimed.add(new ClaimedTimer(t, owner, leaseUntil)));
            return claimed;
        } catch (SQLException e) {
            throw new CaseStoreException("could not claim due timers for " + owner, describe(e));
        }
    }

    /** PostgreSQL: locks and leases the claimable rows in one statement (its own transaction). */
    private List<Timer> claimLocking(Connection c, Instant now, int limit, String owner, Instant leaseUntil) throws SQLException {
        List<Timer> won = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TimerTable.claimLocking())) {
            CaseTable.setInstant(ps, 1, now);
            CaseTable.setInstant(ps, 2, now);
            ps.setInt(3, limit);
            ps.setString(4, owner);
            CaseTable.setInstant(ps, 5, leaseUntil);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    won.add(TimerTable.readWithCase(rs));
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return won;
    }

    /** H2 (any database): reads candidates, then claims each with a compare-and-set UPDATE committed at once. */
    private List<Timer> claimByCompareAndSet(Connection c, Instant now, int limit, String owner, Instant leaseUntil)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        List<Timer> won = new ArrayList<>();
        for (int round = 1; round <= CLAIM_ROUNDS && won.size() < limit; round++) {
            int wanted = limit - won.size();
            List<Timer> candidates = new ArrayList<>(wanted);
            try (PreparedStatement ps = c.prepareStatement(TimerTable.candidates())) {
                CaseTable.setInstant(ps, 1, now);
                CaseTable.setInstant(ps, 2, now);
                ps.setInt(3, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(TimerTable.readWithCase(rs));
                    }
                }
            }
            if (!autoCommit) {
                c.commit(); // end the read's transaction: each claim below is its own
            }
            int lost = 0;
            try (PreparedStatement ps = c.prepareStatement(TimerTable.compareAndSet())) {
                for (Timer candidate : candidates) {
                    ps.setString(1, owner);
                    CaseTable.setInstant(ps, 2, leaseUntil);
                    ps.setString(3, candidate.key().caseId().value());
                    ps.setString(4, candidate.key().name());
                    ps.setString(5, candidate.token());
                    CaseTable.setInstant(ps, 6, now);
                    CaseTable.setInstant(ps, 7, now);
                    int updated = ps.executeUpdate();
                    if (!autoCommit) {
                        c.commit();
                    }
                    if (updated == 1) {
                        won.add(candidate);
                    } else {
                        lost++;
                    }
                }
            }
            if (lost == 0) {
                return won; // every claimable row up to the limit is ours, or there was none left
            }
        }
        return won;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Deletes the row only if it still has the claim's token and owner, in one statement.
     */
    @Override
    public void complete(ClaimedTimer claimed) {
        requireNonNull(claimed, "claimed");
        Timer timer = claimed.timer();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(TimerTable.complete())) {
                ps.setString(1, timer.key().caseId().value());
                ps.setString(2, timer.key().name());
                ps.setString(3, timer.token());
                ps.setString(4, claimed.owner());
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                if (!c.getAutoCommit()) {
                    rollback(c, e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseStoreException("could not complete timer " + timer.key().name() + " of case " + timer.key().caseId(),
                    describe(e));
        }
    }

    @Override
    public Optional<Timer> find(TimerKey key) {
        requireNonNull(key, "key");
        return read("find timer " + key.name() + " of case " + key.caseId(), sql.timers().select(),
                new String[] {key.caseId().value(), key.name()},
                rs -> TimerTable.read(key.caseId(), rs).stream().findFirst());
    }

    @Override
    public List<Timer> timers(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        return read("read the timers of case " + caseId, sql.timers().selectOfCase(), caseId.value(),
                rs -> List.copyOf(TimerTable.read(caseId, rs)));
    }

    // ---------------------------------------------------------------------------------------------
    // Sequences

    @Override
    public long nextSequenceValue(String sequenceName) {
        requireNonNull(sequenceName, "sequenceName");
        if (sequenceName.isBlank() || sequenceName.length() > 200) {
            throw new IllegalArgumentException("sequenceName must have 1 to 200 characters and not be blank, was '" + sequenceName + "'");
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement(sql.nextSequenceValue())) {
                    ps.setString(1, sequenceName);
                    long value;
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("the sequence increment returned no row");
                        }
                        value = rs.getLong(1);
                    }
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                    return value;
                } catch (SQLException e) {
                    rollback(c, e);
                    throw e;
                }
            } catch (SQLException e) {
                // H2: two callers created the same new sequence at once; the loser tries again
                if (isUniqueViolation(e) && attempt < SEQUENCE_ATTEMPTS) {
                    continue;
                }
                throw new CaseStoreException("could not take the next value of sequence '" + sequenceName + "'", describe(e));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private static boolean isUniqueViolation(SQLException e) {
        for (@Nullable SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception to report: for a failed batch, the driver's underlying error (whose message names
     * the constraint) rather than the batch summary (whose message may repeat every bound value).
     */
    private static SQLException describe(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            SQLException next = e.getNextException();
            next.addSuppressed(e);
            return next;
        }
        return e;
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the outcome is decided (committed, or rolled back and reported); the pool discards the connection
            LOG.debug("could not close a connection", e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is broken: the pool discards it; the commit's outcome is already decided
            LOG.debug("could not restore auto-commit on a connection", e);
        }
    }

    /** Checks that every table and column the store uses exists. */
    private void checkSchema() {
        try (Connection c = dataSource.getConnection()) {
            for (String probe : sql.probes()) {
                try (PreparedStatement ps = c.prepareStatement(probe); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new CaseStoreException("Casekit's tables are missing or incomplete in this " + dialect + " database: build the"
                    + " store with migrate(true), or have the schema applied from JdbcCaseStore.schemaSql(Dialect." + dialect + ")", e);
        }
    }

    @Override
    public Optional<TimerStore> timers() {
        return Optional.of(this);
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(this);
    }

    @Override
    public Optional<CaseQueries> queries() {
        return Optional.of(this);
    }

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
         */
        public JdbcCaseStore build() {
            Dialect dialect;
            String product;
            try (Connection c = dataSource.getConnection()) {
                DatabaseMetaData metaData = c.getMetaData();
                String name = metaData.getDatabaseProductName();
                product = name + " " + metaData.getDatabaseProductVersion();
                dialect = Dialect.ofProductName(name)
                        .orElseThrow(() -> new CaseStoreException("JdbcCaseStore supports PostgreSQL and H2, but the data"
                                + " source connects to " + product));
            } catch (SQLException e) {
                throw new CaseStoreException("could not connect to the database to detect its dialect", e);
            }
            int applied = 0;
            if (Boolean.TRUE.equals(migrate)) {
                try {
                    applied = Migrations.migrate(dataSource, dialect);
                } catch (FlywayException e) {
                    throw new CaseStoreException("could not apply Casekit's schema migrations from " + Migrations.location(dialect)
                            + " (history table " + Migrations.HISTORY_TABLE + ")", e);
                }
            }
            JdbcCaseStore store = new JdbcCaseStore(dataSource, dialect);
            store.checkSchema();
            LOG.info("Casekit JDBC store on {} ({}): {}", product, dialect,
                    Boolean.TRUE.equals(migrate) ? applied + " schema migration(s) applied" : "schema checked, migrations not run");
            return store;
        }
    }
}
