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

import static io.casekit.examples.lifecycle.Workload.CLOSED;
import static io.casekit.examples.lifecycle.Workload.IN_PROGRESS;
import static io.casekit.examples.lifecycle.Workload.READY;
import static io.casekit.examples.lifecycle.Workload.RECEIVED;
import static io.casekit.examples.lifecycle.Workload.WAITING;

import io.casekit.examples.lifecycle.Workload.CaseData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The plain-JDBC floor of {@code benchmarks/lifecycle.md}: the least work that does a lifecycle
 * transaction on a relational database, with no workflow engine. A case is a row of {@code cases}
 * keyed by its number; each transaction is exactly one {@code INSERT} (create) or one conditional
 * {@code UPDATE ... WHERE number = ? AND version = ? AND status = ?} (the optimistic check; no row
 * means the case moved on and the transaction fails), plus one {@code INSERT} of the audit record
 * into {@code case_events}, and one commit. The pool runs with auto-commit off, so a transaction
 * costs exactly those statements. Casekit on {@code JdbcCaseStore} is measured against it on the
 * same database.
 *
 * <p>The six transaction methods are thread-safe across cases (a connection per call); {@link
 * #setUp()} and {@link #tearDown()} are not.
 */
public final class JdbcFloorTarget implements LifecycleTarget<String> {

    /** Makes the fresh database of one run. */
    public interface DatabaseSource {
        BenchDatabase open() throws Exception;
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE cases ("
                + " number VARCHAR(20) NOT NULL PRIMARY KEY,"
                + " title VARCHAR(200) NOT NULL,"
                + " description VARCHAR(1000) NOT NULL,"
                + " priority VARCHAR(10) NOT NULL,"
                + " case_type VARCHAR(20) NOT NULL,"
                + " customer_id VARCHAR(20) NOT NULL,"
                + " contact_id VARCHAR(20) NOT NULL,"
                + " owner VARCHAR(20),"
                + " status VARCHAR(40) NOT NULL,"
                + " version INTEGER NOT NULL,"
                + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " modified_at TIMESTAMP WITH TIME ZONE NOT NULL)",
        "CREATE TABLE case_events ("
                + " case_number VARCHAR(20) NOT NULL,"
                + " version INTEGER NOT NULL,"
                + " kind VARCHAR(10) NOT NULL,"
                + " who VARCHAR(20) NOT NULL,"
                + " at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " from_status VARCHAR(40),"
                + " to_status VARCHAR(40) NOT NULL,"
                + " body VARCHAR(1000),"
                + " PRIMARY KEY (case_number, version))"
    };

    private static final String INSERT_CASE = "INSERT INTO cases (number, title, description, priority, case_type, customer_id,"
            + " contact_id, owner, status, version, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, 1, ?, ?)";
    private static final String UPDATE_CASE = "UPDATE cases SET status = ?, owner = COALESCE(?, owner), version = version + 1,"
            + " modified_at = ? WHERE number = ? AND version = ? AND status = ?";
    private static final String INSERT_EVENT = "INSERT INTO case_events (case_number, version, kind, who, at, from_status,"
            + " to_status, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final String name;
    private final DatabaseSource source;
    private final Clock clock = Clock.systemUTC();
    private @Nullable BenchDatabase database;

    /**
     * @param name the name in reports, e.g. {@code floor-h2}
     * @param source makes the run's fresh database; its pool must have auto-commit off
     */
    public JdbcFloorTarget(String name, DatabaseSource source) {
        this.name = name;
        this.source = source;
    }

    @Override
    public String name() {
        return name;
    }

    private DataSource dataSource() {
        BenchDatabase db = database;
        if (db == null) {
            throw new IllegalStateException("setUp() has not run");
        }
        return db.dataSource();
    }

    @Override
    public void setUp() throws Exception {
        database = source.open();
        System.out.println("# " + database.description());
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
            c.commit();
        }
    }

    private OffsetDateTime now() {
        // the same precision, type and binding as Casekit's store
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    @Override
    public String create(CaseData c) throws SQLException {
        OffsetDateTime now = now();
        try (Connection conn = dataSource().getConnection()) {
            try {
                try (PreparedStatement ps = conn.prepareStatement(INSERT_CASE)) {
                    ps.setString(1, c.number());
                    ps.setString(2, c.title());
                    ps.setString(3, c.description());
                    ps.setString(4, Workload.PRIORITY);
                    ps.setString(5, Workload.CASE_TYPE);
                    ps.setString(6, c.customerId());
                    ps.setString(7, c.contactId());
                    ps.setString(8, RECEIVED);
                    ps.setObject(9, now);
                    ps.setObject(10, now);
                    ps.executeUpdate();
                }
                audit(conn, c.number(), 1, "created", c.contactId(), now, null, RECEIVED, null);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
        return c.number();
    }

    @Override
    public void assign(String number, CaseData c) throws SQLException {
        move(number, 1, RECEIVED, IN_PROGRESS, c.owner(), c.owner(), null);
    }

    @Override
    public void waitForCustomer(String number, CaseData c) throws SQLException {
        move(number, 2, IN_PROGRESS, WAITING, c.owner(), null, null);
    }

    @Override
    public void customerComment(String number, CaseData c) throws SQLException {
        move(number, 3, WAITING, IN_PROGRESS, c.contactId(), null, c.comment());
    }

    @Override
    public void resolve(String number, CaseData c) throws SQLException {
        move(number, 4, IN_PROGRESS, READY, c.owner(), null, null);
    }

    @Override
    public void closeCase(String number, CaseData c) throws SQLException {
        move(number, 5, READY, CLOSED, c.owner(), null, null);
    }

    /** One transaction: the conditional UPDATE, one audit INSERT, commit. */
    private void move(String number, int expectedVersion, String from, String to, String who, @Nullable String newOwner,
            @Nullable String comment) throws SQLException {
        OffsetDateTime now = now();
        try (Connection conn = dataSource().getConnection()) {
            try {
                int updated;
                try (PreparedStatement ps = conn.prepareStatement(UPDATE_CASE)) {
                    ps.setString(1, to);
                    if (newOwner == null) {
                        ps.setNull(2, Types.VARCHAR);
                    } else {
                        ps.setString(2, newOwner);
                    }
                    ps.setObject(3, now);
                    ps.setString(4, number);
                    ps.setInt(5, expectedVersion);
                    ps.setString(6, from);
                    updated = ps.executeUpdate();
                }
                if (updated != 1) {
                    throw new IllegalStateException("case " + number + " is not at version " + expectedVersion + " in '" + from + "'");
                }
                audit(conn, number, expectedVersion + 1, comment == null ? "status" : "comment", who, now, from, to, comment);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    private static void audit(Connection conn, String number, int version, String kind, String who, OffsetDateTime at,
            @Nullable String from, String to, @Nullable String body) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(INSERT_EVENT)) {
            ps.setString(1, number);
            ps.setInt(2, version);
            ps.setString(3, kind);
            ps.setString(4, who);
            ps.setObject(5, at);
            ps.setString(6, from);
            ps.setString(7, to);
            ps.setString(8, body);
            ps.executeUpdate();
        }
    }

    private record Row(String status, int version, @Nullable String owner) {}

    @Override
    public Verification verify(CaseData[] all, AtomicReferenceArray<String> handles) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        try (Connection conn = dataSource().getConnection(); Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT number, status, version, owner FROM cases")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_number, COUNT(*) FROM case_events GROUP BY case_number")) {
                while (rs.next()) {
                    records.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_number, body FROM case_events WHERE kind = 'comment'")) {
                while (rs.next()) {
                    comments.merge(rs.getString(1), rs.getString(2), (a, b) -> "(more than one comment)");
                }
            }
            conn.rollback();
        }
        Verification.Collector v = new Verification.Collector();
        v.check(rows.size() == all.length, "the database holds " + rows.size() + " cases, expected " + all.length);
        for (CaseData c : all) {
            Row row = rows.get(c.number());
            if (row == null || !Objects.equals(handles.get(c.index()), c.number())) {
                v.problem("case " + c.number() + " is missing");
                continue;
            }
            int count = records.getOrDefault(c.number(), 0);
            v.check(row.status().equals(CLOSED) && row.version() == 6,
                    "case " + c.number() + " is '" + row.status() + "' at version " + row.version() + ", expected 'Closed' at 6");
            v.check(c.owner().equals(row.owner()), "case " + c.number() + " is owned by " + row.owner());
            v.check(count == 6, "case " + c.number() + " has " + count + " audit records, expected 6");
            String comment = comments.get(c.number());
            v.check(comment != null && comment.length() == 200 && comment.equals(c.comment()),
                    "case " + c.number() + " does not have its 200-character comment body");
            v.checked(count);
        }
        return v.result();
    }

    @Override
    public void tearDown() throws Exception {
        BenchDatabase db = database;
        database = null;
        if (db != null) {
            db.close();
        }
    }
}
