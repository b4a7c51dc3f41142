package io.casekit.persistence.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.persistence.jdbc.CaseStoreException;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.outbox.ClaimedNotification;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.outbox.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Outbox} half of the JDBC store, on {@code casekit_outbox}: claims with a compare-and-set
 * UPDATE per row (safe on every database and across nodes: a row goes to the caller whose UPDATE
 * still finds it claimable and unchanged), attempts ended only under the current lease token. Each
 * statement is its own transaction, also on connections whose auto-commit is off. Notifications are
 * written by the store's commit ({@link OutboxTable#insert}). Thread-safe.
 */
public final class JdbcOutbox implements Outbox {

    private static final int CLAIM_ROUNDS = 5;

    private final DataSource dataSource;

    public JdbcOutbox(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<ClaimedNotification> claimDueNotifications(Instant now, int limit, String owner, Duration lease) {
        ClaimArguments.check(now, limit, owner, lease);
        Instant leaseUntil = now.plus(lease);
        Instant floorNow = TimerTable.floorMicros(now);
        String token = UUID.randomUUID().toString();
        return run("claim due notifications for " + owner, c -> {
            List<ClaimedNotification> won = new ArrayList<>();
            for (int round = 1; round <= CLAIM_ROUNDS && won.size() < limit; round++) {
                List<Candidate> candidates = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(OutboxTable.candidates())) {
                    CaseTable.setInstant(ps, 1, floorNow);
                    CaseTable.setInstant(ps, 2, floorNow);
                    ps.setInt(3, limit - won.size());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            candidates.add(new Candidate(OutboxTable.read(rs), rs.getString(18)));
                        }
                    }
                }
                endTransaction(c);
                int lost = 0;
                try (PreparedStatement ps = c.prepareStatement(OutboxTable.compareAndSet())) {
                    for (Candidate candidate : candidates) {
                        ps.setString(1, owner);
                        CaseTable.setInstant(ps, 2, TimerTable.ceilMicros(leaseUntil));
                        ps.setString(3, token);
                        ps.setString(4, candidate.entry().id());
                        CaseTable.setInstant(ps, 5, floorNow);
                        CaseTable.setInstant(ps, 6, floorNow);
                        setNullable(ps, 7, candidate.leaseToken());
                        setNullable(ps, 8, candidate.leaseToken());
                        int updated = ps.executeUpdate();
                        endTransaction(c);
                        if (updated == 1) {
                            OutboxEntry entry = candidate.entry();
                            won.add(new ClaimedNotification(entry.notification(), entry.attempts(), owner, leaseUntil, token));
                        } else {
                            lost++;
                        }
                    }
                }
                if (lost == 0) {
                    break; // every claimable row up to the limit is ours, or there was none left
                }
            }
            return won;
        });
    }

    private record Candidate(OutboxEntry entry, @Nullable String leaseToken) {}

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
        return run("record the attempt of notification " + claimed.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.end())) {
                ps.setString(1, state.name());
                CaseTable.setInstant(ps, 2, TimerTable.floorMicros(at));
                setNullable(ps, 3, failure);
                ps.setString(4, claimed.id());
                ps.setString(5, claimed.leaseToken());
                int updated = ps.executeUpdate();
                endTransaction(c);
                return updated == 1;
            }
        });
    }

    @Override
    public List<OutboxEntry> failedNotifications(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return run("list failed notifications", c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.failed())) {
                ps.setInt(1, limit);
                return readAll(c, ps);
            }
        });
    }

    @Override
    public boolean replayNotification(String notificationId, Instant now) {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(now, "now");
        return run("replay notification " + notificationId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.replay())) {
                CaseTable.setInstant(ps, 1, TimerTable.floorMicros(now));
                ps.setString(2, notificationId);
                int updated = ps.executeUpdate();
                endTransaction(c);
                return updated == 1;
            }
        });
    }

    @Override
    public Optional<OutboxEntry> findNotification(String notificationId) {
        requireNonNull(notificationId, "notificationId");
        return run("find notification " + notificationId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.select())) {
                ps.setString(1, notificationId);
                return readAll(c, ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<OutboxEntry> notifications(CaseId caseId) {
        requireNonNull(caseId, "caseId");
        return run("read the notifications of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxTable.selectOfCase())) {
                ps.setString(1, caseId.value());
                return readAll(c, ps);
            }
        });
    }

    private static List<OutboxEntry> readAll(Connection c, PreparedStatement ps) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(OutboxTable.read(rs));
            }
        }
        endTransaction(c);
        return List.copyOf(entries);
    }

    /** Ends the transaction a statement began on a connection whose auto-commit is off. */
    private static void endTransaction(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                return work.run(c);
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    try {
                        c.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseStoreException("could not " + what, e);
        }
    }
}
