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

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.examples.lifecycle.Workload.CaseData;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void fitRepeatsThenCuts() {
        assertThat(Workload.fit("abc", 7)).isEqualTo("abcabca");
        assertThat(Workload.fit("abcdef", 3)).isEqualTo("abc");
        assertThat(Workload.fit("abc", 3)).isEqualTo("abc");
    }

    @Test
    void caseZeroIsTheSpecsExample() {
        CaseData c = Workload.caseData(0);

        assertThat(c.number()).isEqualTo("SD-00000000");
        assertThat(c.title()).isEqualTo("Case SD-00000000: VPN connection drops every few minutes - C");
        assertThat(c.customerId()).isEqualTo("CUST-00000");
        assertThat(c.contactId()).isEqualTo("CONT-000000");
        assertThat(c.owner()).isEqualTo("agent-00");
        assertThat(c.description()).startsWith("Customer CUST-00000 reports that the VPN client disconnects roughly every five minutes");
        assertThat(c.comment()).startsWith("Customer reply on SD-00000000: we reinstalled the VPN client as suggested");
    }

    @Test
    void everyFieldHasTheSpecifiedLength() {
        for (int i : List.of(0, 1, 499, 500, 4999, 5000, 20_499, 123_456)) {
            CaseData c = Workload.caseData(i);
            assertThat(c.number()).hasSize(11);
            assertThat(c.title()).hasSize(60);
            assertThat(c.description()).hasSize(200);
            assertThat(c.customerId()).hasSize(10).isEqualTo("CUST-%05d".formatted(i % 500));
            assertThat(c.contactId()).hasSize(11).isEqualTo("CONT-%06d".formatted(i % 5000));
            assertThat(c.owner()).hasSize(8).isEqualTo("agent-%02d".formatted(i % 25));
            assertThat(c.comment()).hasSize(200);
            assertThat(c.title() + c.description() + c.comment()).matches("\\p{ASCII}*");
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] thousand = new long[1000];
        for (int i = 0; i < thousand.length; i++) {
            thousand[i] = i + 1;
        }
        assertThat(LatencyStats.nearestRank(thousand, 5000)).isEqualTo(500);
        assertThat(LatencyStats.nearestRank(thousand, 9000)).isEqualTo(900);
        assertThat(LatencyStats.nearestRank(thousand, 9900)).isEqualTo(990);
        assertThat(LatencyStats.nearestRank(thousand, 9990)).isEqualTo(999);
        assertThat(LatencyStats.nearestRank(new long[] {7, 8, 9}, 5000)).isEqualTo(8);
        assertThat(LatencyStats.nearestRank(new long[] {7, 8, 9}, 9990)).isEqualTo(9);
        assertThat(LatencyStats.nearestRank(new long[] {1, 2, 3, 4}, 5000)).isEqualTo(2);
    }

    @Test
    void statisticsSplitTheLatenciesByTransactionKind() {
        // two cases; the latency of tx k of case j is 10*(k+1) + j
        long[] latencies = {10, 20, 30, 40, 50, 60, 11, 21, 31, 41, 51, 61};

        LatencyStats stats = LatencyStats.of(latencies);

        assertThat(stats.count()).isEqualTo(12);
        assertThat(stats.p50ByTx()).containsExactly(10L, 20L, 30L, 40L, 50L, 60L);
        assertThat(stats.p50()).isEqualTo(31);
        assertThat(stats.max()).isEqualTo(61);
        assertThat(stats.mean()).isEqualTo(35.5);
    }

    @Test
    void aRunResultSurvivesTheTripFromAForkedRun() {
        RunResult result = new RunResult("casekit-memory", 4, 500, 20_000, 123_456_789L,
                new LatencyStats(120_000, 1, 2, 3, 4, 5, 6.5, List.of(7L, 8L, 9L, 10L, 11L, 12L)),
                new Verification(20_500, 164_000, List.of("case 1 is missing", "case 2 is missing"), 2));

        assertThat(RunResult.fromWire(result.toWire())).isEqualTo(result);
    }
}
