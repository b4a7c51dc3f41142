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

import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A target the driver can run: its name, the storage it runs on, whether it is that storage's floor,
 * and how to make a fresh instance for one run. Casekit on a storage is reported as a ratio of the
 * floor on the same storage.
 *
 * @param name the name on the command line and in reports
 * @param storage the storage both Casekit and its floor run on, e.g. {@code memory}, {@code h2}
 * @param floor whether this is the floor of its storage
 * @param description one line for the report
 * @param factory makes a fresh target for one run
 */
public record TargetSpec(String name, String storage, boolean floor, String description,
        Supplier<? extends LifecycleTarget<?>> factory) {

    /**
     * Every target the driver knows, in report order, with PostgreSQL embedded. Add a storage by
     * adding its Casekit target and its floor here (e.g. {@code casekit-h2} and {@code floor-h2},
     * the plain-JDBC floor).
     */
    public static Map<String, TargetSpec> all() {
        return all(Optional.empty());
    }

    /**
     * Every target the driver knows, in report order.
     *
     * @param postgres the user's own PostgreSQL for the {@code *-postgres} targets; empty to start an
     *     embedded server (fsync and synchronous_commit on) for each run
     */
    public static Map<String, TargetSpec> all(Optional<BenchDatabase.External> postgres) {
        Map<String, TargetSpec> specs = new LinkedHashMap<>();
        add(specs, new TargetSpec("casekit-memory", "memory", false,
                "Casekit on InMemoryCaseStore, the benchmark workflow definition, public API only",
                () -> new CasekitTarget("casekit-memory", InMemoryCaseStore::new)));
        add(specs, new TargetSpec(InMemoryFloorTarget.NAME, "memory", true,
                "ConcurrentHashMap row with a version/status check + one audit record per transaction",
                InMemoryFloorTarget::new));
        add(specs, new TargetSpec("casekit-h2", "h2", false,
                "Casekit on JdbcCaseStore over H2 in memory (HikariCP, 8 connections), public API only",
                () -> new CasekitTarget("casekit-h2", () -> jdbcStore(BenchDatabase.h2InMemory(true)))));
        add(specs, new TargetSpec("floor-h2", "h2", true,
                "plain JDBC on H2 in memory (HikariCP): one INSERT or version-checked UPDATE + one audit INSERT + commit",
                () -> new JdbcFloorTarget("floor-h2", () -> BenchDatabase.h2InMemory(false))));
        String where = postgres.map(db -> "the user's PostgreSQL " + db + ", a fresh schema per run")
                .orElse("an embedded PostgreSQL 17 started per run with fsync=on, synchronous_commit=on");
        add(specs, new TargetSpec("casekit-postgres", "postgres", false,
                "Casekit on JdbcCaseStore over " + where + " (HikariCP, 8 connections), public API only",
                () -> new CasekitTarget("casekit-postgres", () -> jdbcStore(BenchDatabase.postgres(postgres, true)))));
        add(specs, new TargetSpec("floor-postgres", "postgres", true,
                "plain JDBC on " + where + " (HikariCP): one INSERT or version-checked UPDATE + one audit INSERT + commit",
                () -> new JdbcFloorTarget("floor-postgres", () -> BenchDatabase.postgres(postgres, false))));
        return specs;
    }

    /** A JDBC store on the database, its schema migrated; closing the result closes the database. */
    private static CasekitTarget.OpenedStore jdbcStore(BenchDatabase database) throws Exception {
        try {
            System.out.println("# " + database.description());
            return new CasekitTarget.OpenedStore(JdbcCaseStore.builder(database.dataSource()).migrate(true).build(), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void add(Map<String, TargetSpec> specs, TargetSpec spec) {
        specs.put(spec.name(), spec);
    }
}
