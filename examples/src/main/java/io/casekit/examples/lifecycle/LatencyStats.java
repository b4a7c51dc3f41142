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
import java.util.Arrays;
import java.util.List;

/**
 * Nearest-rank statistics of the transaction latencies of one measured phase, in nanoseconds.
 *
 * @param count how many latencies
 * @param p50 the nearest-rank 50th percentile
 * @param p90 the 90th
 * @param p99 the 99th
 * @param p999 the 99.9th
 * @param max the largest
 * @param mean the arithmetic mean
 * @param p50ByTx the p50 of each transaction kind, in {@link Tx} order
 */
public record LatencyStats(long count, long p50, long p90, long p99, long p999, long max, double mean, List<Long> p50ByTx) {

    public LatencyStats {
        p50ByTx = List.copyOf(p50ByTx);
    }

    /**
     * The statistics of a phase's latencies, laid out as the driver records them: case {@code k}
     * of the phase at {@code [6k, 6k+6)}, one slot per {@link Tx} in order.
     */
    public static LatencyStats of(long[] latencies) {
        if (latencies.length == 0 || latencies.length % Workload.TX_PER_CASE != 0) {
            throw new IllegalArgumentException("expected 6 latencies per case, got " + latencies.length);
        }
        long[] all = latencies.clone();
        Arrays.sort(all);
        long sum = 0;
        for (long l : all) {
            sum += l;
        }
        int perKind = latencies.length / Workload.TX_PER_CASE;
        List<Long> p50ByTx = new ArrayList<>();
        for (int kind = 0; kind < Workload.TX_PER_CASE; kind++) {
            long[] ofKind = new long[perKind];
            for (int k = 0; k < perKind; k++) {
                ofKind[k] = latencies[k * Workload.TX_PER_CASE + kind];
            }
            Arrays.sort(ofKind);
            p50ByTx.add(nearestRank(ofKind, 5000));
        }
        return new LatencyStats(all.length, nearestRank(all, 5000), nearestRank(all, 9000), nearestRank(all, 9900),
                nearestRank(all, 9990), all[all.length - 1], (double) sum / all.length, p50ByTx);
    }

    /**
     * The nearest-rank percentile of sorted values: the value at rank {@code ceil(p * n)} (1-based),
     * with {@code p} given in hundredths of a percent (5000 = p50, 9990 = p99.9) so that no rounding
     * of a double moves the rank.
     */
    public static long nearestRank(long[] sorted, int basisPoints) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (basisPoints <= 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("percentile out of range: " + basisPoints + "/10000");
        }
        long rank = ((long) basisPoints * sorted.length + 9_999) / 10_000;
        return sorted[(int) Math.max(1, rank) - 1];
    }
}
