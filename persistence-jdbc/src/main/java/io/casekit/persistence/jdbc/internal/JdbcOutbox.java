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

import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxBacklog;
import io.casekit.spi.outbox.OutboxEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Outbox} half of the JDBC store, on {@code casekit_outbox}: rows are written by the case
 * commits ({@link OutboxTable#insert}), claimed here under a lease ({@link LeaseClaims}, with a new
 * lease token per claim), and an attempt is ended only under the current lease token. Each
 * statement is its own transaction, also on connections whose auto-commit is off. Thread-safe.
 */
public final class JdbcOutbox implements Outbox {

    private final Transactions tx;
    private final boolean skipLocked;

    /** The outbox on the connections of {@code tx}, with the statements of {@code sql}. */
    public JdbcOutbox(Transactions tx, Sql sql) {
        this.tx = requireNonNull(tx, "tx");
        this.skipLocked = sql.claimsWithSkipLocked();
    }

    /** A claimable row: the entry, the lease token it carried when read, and its place in the stored order. */
    private record Candidate(OutboxEntry entry, @Nullable String leaseToken, long seq) {}

    private static final Comparator<Candidate> DUE_ORDER = Comparator.comparing((Candidate c) -> c.entry().nextAttemptAt())
            .thenComparingLong(Candidate::seq);

    private static final LeaseClaims.Claimable<Candidate> CLAIMABLE = new LeaseClaims.Claimable<>() {
        @Override
        public String locking() {
            return OutboxTable.claimLocking();
        }

        @Override
        public void bindLocking(PreparedStatement ps, LeaseClaims.Lease lease, int limit) throws SQLException {
            Columns.setInstant(ps, 1, lease.now());
            Columns.setInstant(ps, 2, lease.now());
            ps.setInt(3, limit);
            ps.setString(4, lease.owner());
            Columns.setInstant(ps, 5, lease.until());
            ps.setString(6, lease.token());
        }

        @Override
        public String candidates() {
            return OutboxTable.candidates();
        }

        @Override
        public String compareAndSet() {
            return OutboxTable.compareAndSet();
        }

        @Override
        public void bindCompareAndSet(PreparedStatement ps, LeaseClaims.Lease lease, Candidate candidate) throws SQLException {
            ps.setString(1, lease.owner());
            Columns.setInstant(ps, 2, lease.until());
            ps.setString(3, lease.token());
            ps.setString(4, candidate.entry().id());
            Columns.setInstant(ps, 5, lease.now());
            Columns.setInstant(ps, 6, lease.now());
            setNullable(ps, 7, candidate.leaseToken());
            setNullable(ps, 8, candidate.leaseToken());
        }

        @Override
        public Candidate read(ResultSet rs) throws SQLException {
            return new Candidate(OutboxTable.read(rs), rs.getString(18), rs.getLong(19));
        }
    };

    @Override
    public List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease) {
        ClaimArguments.check(now, limit, owner, lease);
        Instant leaseUntil = now.plus(lease);
        String token = UUID.randomUUID().toString();
        LeaseClaims.Lease claim = new LeaseClaims.Lease(TimerTable.floorMicros(now), owner, TimerTable.ceilMicros(leaseUntil), token);
        List<Candidate> won = tx.run("claim due notifications for " + owner, c -> LeaseClaims.claim(c, skipLocked, CLAIMABLE, claim, limit));
        return won.stream().sorted(DUE_ORDER).map(Candidate::entry)
                .map(entry -> new ClaimedNotification(entry.notification(), entry.attempts(), owner, leaseUntil, token))
                .toList();
    }

    @Override
    public boolean markSent(ClaimedNotification claimed, Instant at) {
        return end(claimed, DeliveryState.SENT, requireNonNull(at, "at"), null);
    }

    @Override
    public boolean reschedule(ClaimedNotification claimed, Instant nextAttemptAt, String reason) {
        return end(claimed, DeliveryState.PENDING, requireNonNull(nextAttemptAt, "nextAttemptAt"), requireNonNull(reason, "reason"));
    }

    @Override
    public boolean markFailed(ClaimedNotification claimed, Instant at, String reason) {
        return end(claimed, DeliveryState.FAILED, requireNonNull(at, "at"), requireNonNull(reason, "reason"));
    }

    private boolean end(ClaimedNotification claimed, DeliveryState state, Instant at, @Nullable String failure) {
        requireNonNull(claimed, "claimed");
        return tx.run("record the attempt of notification " + claimed.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.end())) {
                ps.setString(1, state.name());
                Columns.setInstant(ps, 2, TimerTable.floorMicros(at));
                setNullable(ps, 3, failure);
                ps.setString(4, claimed.id());
                ps.setString(5, claimed.leaseToken());
                int updated = ps.executeUpdate();
                Transactions.endStatement(c);
                return updated == 1;
            }
        });
    }

    @Override
    public boolean release(ClaimedNotification claimed) {
        requireNonNull(claimed, "claimed");
        return tx.run("release the claim of notification " + claimed.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.release())) {
                ps.setString(1, claimed.id());
                ps.setString(2, claimed.leaseToken());
                int updated = ps.executeUpdate();
                Transactions.endStatement(c);
                return updated == 1;
            }
        });
    }

    @Override
    public List<OutboxEntry> failedNotifications(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return tx.read("list failed notifications", c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.failed())) {
                ps.setInt(1, limit);
                return readAll(ps);
            }
        });
    }

    @Override
    public boolean replayNotification(String notificationId, Instant now) {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(now, "now");
        return tx.run("replay notification " + notificationId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.replay())) {
                Columns.setInstant(ps, 1, TimerTable.floorMicros(now));
                ps.setString(2, notificationId);
                int updated = ps.executeUpdate();
                Transactions.endStatement(c);
                return updated == 1;
            }
        });
    }

    @Override
    public Optional<OutboxEntry> findNotification(String notificationId) {
        requireNonNull(notificationId, "notificationId");
        return tx.read("find notification " + notificationId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.select())) {
                ps.setString(1, notificationId);
                return readAll(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<OutboxEntry> notifications(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        return tx.read("read the notifications of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.selectOfCase())) {
                ps.setString(1, caseId.value());
                return readAll(ps);
            }
        });
    }

    private static List<OutboxEntry> readAll(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(OutboxTable.read(rs));
            }
        }
        return List.copyOf(entries);
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    @Override
    public Optional<OutboxBacklog> backlog() {
        return tx.read("read the outbox backlog", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(created_at) FROM " + OutboxTable.TABLE + " WHERE state = 'PENDING'")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    return Optional.of(new OutboxBacklog(count, count == 0 ? Optional.<Instant>empty() : Optional.of(Columns.instant(rs, 2))));
                }
            }
        });
    }
}
