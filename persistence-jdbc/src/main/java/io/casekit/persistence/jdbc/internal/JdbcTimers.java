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
package io.casekit.persistence.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.persistence.jdbc.CaseStoreException;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerBacklog;
import io.casekit.spi.timer.TimerKey;
import io.casekit.spi.timer.TimerStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link TimerStore} half of the JDBC store, on {@code casekit_timer}: timers are written by the
 * case commits ({@link CaseCommits}), claimed here under a lease ({@link LeaseClaims}) and completed
 * only by the claim that holds them.
 *
 * <p>Times are compared at the microsecond the columns keep: {@code now} is rounded down and the
 * stored lease end rounded up, so that a lease never ends early; the returned claim carries {@code
 * now + lease} exactly. Thread-safe.
 */
public final class JdbcTimers implements TimerStore {

    private final Transactions tx;
    private final Sql sql;

    /** Timers on the connections of {@code tx}, with the statements of {@code sql}. */
    public JdbcTimers(Transactions tx, Sql sql) {
        this.tx = requireNonNull(tx, "tx");
        this.sql = requireNonNull(sql, "sql");
    }

    /** How timers are claimed. */
    private static final LeaseClaims.Claimable<Timer> CLAIMABLE = new LeaseClaims.Claimable<>() {
        @Override
        public String locking() {
            return TimerTable.claimLocking();
        }

        @Override
        public void bindLocking(PreparedStatement ps, LeaseClaims.Lease lease, int limit) throws SQLException {
            Columns.setInstant(ps, 1, lease.now());
            Columns.setInstant(ps, 2, lease.now());
            ps.setInt(3, limit);
            ps.setString(4, lease.owner());
            Columns.setInstant(ps, 5, lease.until());
        }

        @Override
        public String candidates() {
            return TimerTable.candidates();
        }

        @Override
        public String compareAndSet() {
            return TimerTable.compareAndSet();
        }

        @Override
        public void bindCompareAndSet(PreparedStatement ps, LeaseClaims.Lease lease, Timer candidate) throws SQLException {
            ps.setString(1, lease.owner());
            Columns.setInstant(ps, 2, lease.until());
            ps.setString(3, candidate.key().caseId().value());
            ps.setString(4, candidate.key().name());
            ps.setString(5, candidate.token());
            Columns.setInstant(ps, 6, lease.now());
            Columns.setInstant(ps, 7, lease.now());
        }

        @Override
        public Timer read(ResultSet rs) throws SQLException {
            return TimerTable.readWithCase(rs);
        }
    };

    /**
     * {@inheritDoc}
     *
     * <p>See {@link LeaseClaims} for how a claim stays exclusive across nodes, per database.
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
        LeaseClaims.Lease claim = new LeaseClaims.Lease(TimerTable.floorMicros(now), owner, TimerTable.ceilMicros(leaseUntil), "");
        List<Timer> won = tx.run("claim due timers for " + owner,
                c -> LeaseClaims.claim(c, sql.claimsWithSkipLocked(), CLAIMABLE, claim, limit));
        List<ClaimedTimer> claimed = new ArrayList<>(won.size());
        won.stream().sorted(TimerTable.DUE_ORDER).forEach(t -> claimed.add(new ClaimedTimer(t, owner, leaseUntil)));
        return claimed;
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
        tx.run("complete timer " + timer.key().name() + " of case " + timer.key().caseId(), c -> {
            try (PreparedStatement ps = c.prepareStatement(TimerTable.complete())) {
                ps.setString(1, timer.key().caseId().value());
                ps.setString(2, timer.key().name());
                ps.setString(3, timer.token());
                ps.setString(4, claimed.owner());
                ps.executeUpdate();
            }
            Transactions.endStatement(c);
            return null;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Drops the lease only if the row still has the claim's token, owner and lease end, in one statement.
     */
    @Override
    public boolean release(ClaimedTimer claimed) {
        requireNonNull(claimed, "claimed");
        Timer timer = claimed.timer();
        return tx.run("release timer " + timer.key().name() + " of case " + timer.key().caseId(), c -> {
            try (PreparedStatement ps = c.prepareStatement(TimerTable.release())) {
                ps.setString(1, timer.key().caseId().value());
                ps.setString(2, timer.key().name());
                ps.setString(3, timer.token());
                ps.setString(4, claimed.owner());
                Columns.setInstant(ps, 5, TimerTable.ceilMicros(claimed.leaseUntil()));
                int updated = ps.executeUpdate();
                Transactions.endStatement(c);
                return updated == 1;
            }
        });
    }

    @Override
    public Optional<Timer> find(TimerKey key) {
        requireNonNull(key, "key");
        return tx.read("find timer " + key.name() + " of case " + key.caseId(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().select())) {
                ps.setString(1, key.caseId().value());
                ps.setString(2, key.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return TimerTable.read(key.caseId(), rs).stream().findFirst();
                }
            }
        });
    }

    @Override
    public List<Timer> timers(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        return tx.read("read the timers of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.timers().selectOfCase())) {
                ps.setString(1, caseId.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return List.copyOf(TimerTable.read(caseId, rs));
                }
            }
        });
    }

    @Override
    public Optional<TimerBacklog> backlog(Instant now) {
        return tx.read("read the timer backlog", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(due_at) FROM " + TimerTable.TABLE + " WHERE due_at <= ?")) {
                Columns.setInstant(ps, 1, requireNonNull(now, "now"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    return Optional.of(new TimerBacklog(count, count == 0 ? Optional.<Instant>empty() : Optional.of(Columns.instant(rs, 2))));
                }
            }
        });
    }
}
