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
package io.casekit.examples.queries;

import io.casekit.examples.lifecycle.BenchDatabase;
import io.casekit.examples.lifecycle.LatencyStats;
import io.casekit.persistence.jdbc.Dialect;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import javax.sql.DataSource;

/**
 * Measures the case lists a portal shows on a large store: {@code --cases} cases (default
 * 1,000,000) bulk-loaded into PostgreSQL (embedded, started from Maven artifacts, or the user's own
 * with {@code --jdbc-url URL [--user U] [--password P]}) and H2 in memory, then each list queried
 * {@code --iterations} times (default 2,000, after {@code --warmup} 500) through {@link
 * JdbcCaseStore#search} and {@link JdbcCaseStore#count}, on one thread, with p50/p99/max latency.
 * The floor is the first list written as plain JDBC (the same SELECT, rows read as text, no case
 * objects), measured in the same run:
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests
 * ./mvnw -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.casekit.examples.queries.CaseListBenchmark \
 *     -Dexec.args="--cases 1000000 --targets postgres,h2"
 * </pre>
 */
public final class CaseListBenchmark {

    private static final int PAGE = 25;

    private final DataSource dataSource;
    private final JdbcCaseStore store;
    private final int customers;
    private final SplittableRandom random = new SplittableRandom(42);

    private CaseListBenchmark(DataSource dataSource, int customers) {
        this.dataSource = dataSource;
        this.store = JdbcCaseStore.builder(dataSource).migrate(true).build();
        this.customers = customers;
    }

    /** One list a portal shows; returns how many cases it read. */
    private record Scenario(String name, IntSupplier run) {}

    public static void main(String[] args) throws Exception {
        run(System.out, args);
    }

    /** Runs the benchmark with the given options, printing the tables to {@code out}. */
    static void run(PrintStream out, String... args) throws Exception {
        int cases = 1_000_000;
        int customers = 5_000;
        int iterations = 2_000;
        int warmup = 500;
        List<String> targets = List.of("postgres", "h2");
        Optional<String> url = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(value);
                case "--customers" -> customers = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--targets" -> targets = List.of(value.split(","));
                case "--jdbc-url" -> url = Optional.of(value);
                case "--user" -> user = Optional.of(value);
                case "--password" -> password = Optional.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: CaseListBenchmark [--cases N]"
                        + " [--customers N] [--iterations N] [--warmup N] [--targets postgres,h2] [--jdbc-url URL [--user U] [--password P]]");
            }
            i++;
        }
        for (String target : targets) {
            Optional<BenchDatabase.External> external = url.isPresent()
                    ? Optional.of(new BenchDatabase.External(url.get(), user, password))
                    : Optional.empty();
            try (BenchDatabase db = switch (target) {
                case "postgres" -> BenchDatabase.postgres(external, true);
                case "h2" -> BenchDatabase.h2InMemory(true);
                default -> throw new IllegalArgumentException("unknown target " + target + "; targets: postgres, h2");
            }) {
                CaseListBenchmark benchmark = new CaseListBenchmark(db.dataSource(), customers);
                long start = System.nanoTime();
                BulkLoad.load(db.dataSource(), benchmark.store.dialect(), cases, customers);
                out.printf(Locale.ROOT, "%n%s: %,d cases (%,d customers + %s with a tenth), loaded in %.1f s%n", db.description(),
                        cases, customers, BulkLoad.BIG_CUSTOMER, (System.nanoTime() - start) / 1e9);
                benchmark.measure(out, warmup, iterations);
            }
        }
    }

    private void measure(PrintStream out, int warmup, int iterations) {
        CaseFilter bigOpen = open(BulkLoad.BIG_CUSTOMER);
        CaseQuery deepQuery = CaseQuery.firstPage(bigOpen);
        for (int i = 0; i < 40; i++) {
            deepQuery = deepQuery.next(store.search(deepQuery));
        }
        CaseQuery fortiethPage = deepQuery;
        String floorSql = "SELECT id, number, definition_id, definition_version, title, description, customer_id, contact_id,"
                + " end_user_name, case_type, priority, status_reason, state, stage, owner_kind, owner_id, custom_fields, slas,"
                + " created_at, modified_at, version, event_count FROM casekit_case WHERE customer_id = ? AND state = 'OPEN'"
                + " ORDER BY modified_at DESC, id DESC LIMIT " + (PAGE + 1);
        List<Scenario> scenarios = List.of(
                new Scenario("floor: plain JDBC, open cases of one customer, first page", () -> floor(floorSql, randomCustomer())),
                new Scenario("open cases of one customer, newest change first, first page",
                        () -> size(store.search(CaseQuery.firstPage(open(randomCustomer()))))),
                new Scenario("open cases of " + BulkLoad.BIG_CUSTOMER + " (a tenth of all cases), first page",
                        () -> size(store.search(CaseQuery.firstPage(bigOpen)))),
                new Scenario("open cases of " + BulkLoad.BIG_CUSTOMER + ", 41st page (keyset)", () -> size(store.search(fortiethPage))),
                new Scenario("every customer's open cases, newest change first, first page",
                        () -> size(store.search(CaseQuery.firstPage(CaseFilter.builder().states(CaseState.OPEN).build())))),
                new Scenario("one customer's cases, search *printer*, first page", () -> size(store.search(CaseQuery.firstPage(
                        CaseFilter.builder().customerIds(randomCustomer()).search("*printer*").build())))),
                new Scenario("dashboard: one customer's open cases per priority",
                        () -> store.count(open(randomCustomer()), CountDimension.PRIORITY).size()),
                new Scenario("dashboard: " + BulkLoad.BIG_CUSTOMER + "'s open cases per priority",
                        () -> store.count(bigOpen, CountDimension.PRIORITY).size()));
        out.printf(Locale.ROOT, "%-70s %9s %9s %9s %9s %6s%n", "list (" + iterations + " runs after " + warmup + " warm-up)",
                "p50 µs", "p99 µs", "max µs", "mean µs", "rows");
        for (Scenario scenario : scenarios) {
            int rows = 0;
            for (int i = 0; i < warmup; i++) {
                rows = scenario.run().getAsInt();
            }
            long[] latencies = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                rows = scenario.run().getAsInt();
                latencies[i] = System.nanoTime() - start;
            }
            Arrays.sort(latencies);
            double mean = Arrays.stream(latencies).average().orElse(0);
            out.printf(Locale.ROOT, "%-70s %9.0f %9.0f %9.0f %9.0f %6d%n", scenario.name(),
                    LatencyStats.nearestRank(latencies, 5000) / 1e3, LatencyStats.nearestRank(latencies, 9900) / 1e3,
                    latencies[latencies.length - 1] / 1e3, mean / 1e3, rows);
        }
    }

    private static CaseFilter open(String customer) {
        return CaseFilter.builder().customerIds(customer).states(CaseState.OPEN).build();
    }

    private String randomCustomer() {
        return BulkLoad.customer(random.nextInt(customers));
    }

    private static int size(CasePage page) {
        return page.cases().size();
    }

    /** The first list as plain JDBC: the same rows, read as text. */
    private int floor(String sql, String customer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, customer);
            List<String> rows = new ArrayList<>(PAGE + 1);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return Math.min(rows.size(), PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
