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

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one run: one target, one thread count, one fresh JVM and store.
 *
 * @param target the target's name
 * @param threads the number of worker threads
 * @param warmup the warm-up cases
 * @param cases the measured cases
 * @param wallNanos the measured phase's wall time, from releasing the latch until the last thread finished
 * @param latency the per-transaction latencies of the measured phase
 * @param verification what the check after the run found
 */
public record RunResult(String target, int threads, int warmup, int cases, long wallNanos, LatencyStats latency,
        Verification verification) {

    /** Measured cases per second. */
    public double casesPerSecond() {
        return cases / (wallNanos / 1e9);
    }

    /** Measured transactions per second. */
    public double txPerSecond() {
        return Workload.TX_PER_CASE * casesPerSecond();
    }

    /** Whether the run passed its verification. */
    public boolean passed() {
        return verification.passed();
    }

    /** The run as one tab-separated line of raw values, the way a forked run reports to the driver. */
    public String toWire() {
        List<String> fields = new ArrayList<>(List.of(target, Integer.toString(threads), Integer.toString(warmup),
                Integer.toString(cases), Long.toString(wallNanos), Long.toString(latency.count()),
                Long.toString(latency.p50()), Long.toString(latency.p90()), Long.toString(latency.p99()),
                Long.toString(latency.p999()), Long.toString(latency.max()), Double.toString(latency.mean())));
        latency.p50ByTx().forEach(p -> fields.add(Long.toString(p)));
        fields.add(Long.toString(verification.cases()));
        fields.add(Long.toString(verification.auditRecords()));
        fields.add(Long.toString(verification.problemCount()));
        fields.add(String.join(" | ", verification.problems()).replaceAll("[\\t\\r\\n]", " "));
        return String.join("\t", fields);
    }

    /** Reads what {@link #toWire()} wrote. */
    public static RunResult fromWire(String line) {
        String[] f = line.split("\t", -1);
        int expected = 12 + Workload.TX_PER_CASE + 4;
        if (f.length != expected) {
            throw new IllegalArgumentException("a run result has " + expected + " fields, got " + f.length + ": " + line);
        }
        List<Long> p50ByTx = new ArrayList<>();
        for (int k = 0; k < Workload.TX_PER_CASE; k++) {
            p50ByTx.add(Long.parseLong(f[12 + k]));
        }
        int v = 12 + Workload.TX_PER_CASE;
        LatencyStats latency = new LatencyStats(Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                Long.parseLong(f[8]), Long.parseLong(f[9]), Long.parseLong(f[10]), Double.parseDouble(f[11]), p50ByTx);
        List<String> problems = f[v + 3].isEmpty() ? List.of() : List.of(f[v + 3].split(" \\| "));
        Verification verification = new Verification(Long.parseLong(f[v]), Long.parseLong(f[v + 1]), problems,
                Long.parseLong(f[v + 2]));
        return new RunResult(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                Long.parseLong(f[4]), latency, verification);
    }
}
