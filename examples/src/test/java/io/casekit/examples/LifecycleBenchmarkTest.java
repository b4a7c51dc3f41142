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
package io.casekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.examples.LifecycleBenchmark.Options;
import io.casekit.examples.LifecycleBenchmark.Outcome;
import io.casekit.examples.lifecycle.InMemoryFloorTarget;
import io.casekit.examples.lifecycle.LifecycleTarget;
import io.casekit.examples.lifecycle.RunResult;
import io.casekit.examples.lifecycle.TargetSpec;
import io.casekit.examples.lifecycle.Verification;
import io.casekit.examples.lifecycle.Workload.CaseData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/**
 * The driver runs the workload and checks it, with tiny numbers. No timing is asserted: performance
 * is measured by running the benchmark, never by tests.
 */
class LifecycleBenchmarkTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyTargetRunsTheWholeWorkloadAndPassesVerification() throws Exception {
        Options options = Options.parse("--cases", "60", "--warmup", "20", "--threads", "1,4", "--rounds", "1", "--in-process",
                "--targets", "casekit-memory,floor-memory");

        Outcome outcome = LifecycleBenchmark.execute(options, TargetSpec.all(), out);

        assertThat(outcome.exitCode()).as(output()).isZero();
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.runs()).extracting(r -> r.result().target() + "/" + r.result().threads())
                .containsExactly("casekit-memory/1", "floor-memory/1", "casekit-memory/4", "floor-memory/4");
        for (LifecycleBenchmark.Run run : outcome.runs()) {
            RunResult r = run.result();
            assertThat(r.passed()).as(r.verification().summary()).isTrue();
            assertThat(r.cases()).isEqualTo(60);
            assertThat(r.warmup()).isEqualTo(20);
            assertThat(r.latency().count()).isEqualTo(6 * 60);
            assertThat(r.latency().p50ByTx()).hasSize(6);
            assertThat(r.verification().cases()).isEqualTo(80);
            // the floor writes one audit record per transaction; Casekit also records the status
            // changes its rules make (on assignment, on the contact's comment): 8 events in 6 commits
            assertThat(r.verification().auditRecords()).isEqualTo(r.target().equals("casekit-memory") ? 8 * 80 : 6 * 80);
            assertThat(r.wallNanos()).isPositive();
            assertThat(r.latency().p50()).isPositive();
        }
        assertThat(output())
                .contains("## runs (TSV")
                .contains("## summary: median")
                .contains("casekit-memory / floor-memory, 1 thread(s): ")
                .contains("casekit-memory / floor-memory, 4 thread(s): ")
                .contains("# reproduce: ./mvnw -B -ntp -q install -DskipTests && ./mvnw -B -ntp -q -pl examples exec:java"
                        + " -Dexec.mainClass=io.casekit.examples.LifecycleBenchmark -Dexec.args=\"--cases 60 --warmup 20"
                        + " --threads 1,4 --rounds 1 --targets casekit-memory,floor-memory --in-process\"");
    }

    @Test
    void eachRunCanRunInAFreshJvm() throws Exception {
        Options options = Options.parse("--cases", "30", "--warmup", "10", "--threads", "2", "--rounds", "1",
                "--jvm-args", "-Xms64m,-Xmx256m,-XX:TieredStopAtLevel=1", "--targets", "casekit-memory,floor-memory");

        Outcome outcome = LifecycleBenchmark.execute(options, TargetSpec.all(), out);

        assertThat(outcome.exitCode()).as(output()).isZero();
        assertThat(outcome.runs()).hasSize(2).allSatisfy(run -> assertThat(run.result().passed()).isTrue());
        assertThat(output()).contains("# each run: ").contains("-Xms64m -Xmx256m").contains("--single-run --target <target>");
    }

    @Test
    void aRunThatLosesAnAuditRecordFailsVerificationAndTheBenchmarkExitsWith2() throws Exception {
        Map<String, TargetSpec> registry = Map.of("lossy", new TargetSpec("lossy", "memory", true,
                "the floor, but transaction 6 does nothing", LossyFloor::new));
        Options options = new Options(10, 5, List.of(1, 2), 1, List.of("lossy"), List.of(), true, Optional.empty(), false);

        Outcome outcome = LifecycleBenchmark.execute(options, registry, out);

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.runs()).isEmpty();
        assertThat(outcome.failed()).hasSize(2).allSatisfy(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.verification().problemCount()).isPositive();
        });
        assertThat(output()).contains("FAILED VERIFICATION, left out of the tables").contains("expected 'Closed' at 6");
    }

    @Test
    void theCommandLineIsCheckedAndDefaultsToTheWorkload() {
        Options defaults = Options.parse();
        assertThat(defaults.cases()).isEqualTo(20_000);
        assertThat(defaults.warmup()).isEqualTo(500);
        assertThat(defaults.threads()).containsExactly(1, 4);
        assertThat(defaults.rounds()).isEqualTo(3);
        assertThat(defaults.jvmArgs()).containsExactly("-Xms2g", "-Xmx2g");
        assertThat(defaults.inProcess()).isFalse();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse("--targets", "casekit-oracle"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown target 'casekit-oracle'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse("--cases", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--cases must be at least 1");
    }

    /** The floor with a bug: closing records nothing. */
    private static final class LossyFloor implements LifecycleTarget<String> {
        private final InMemoryFloorTarget floor = new InMemoryFloorTarget();

        @Override
        public String name() {
            return "lossy";
        }

        @Override
        public void setUp() {
            floor.setUp();
        }

        @Override
        public String create(CaseData c) {
            return floor.create(c);
        }

        @Override
        public void assign(String h, CaseData c) {
            floor.assign(h, c);
        }

        @Override
        public void waitForCustomer(String h, CaseData c) {
            floor.waitForCustomer(h, c);
        }

        @Override
        public void customerComment(String h, CaseData c) {
            floor.customerComment(h, c);
        }

        @Override
        public void resolve(String h, CaseData c) {
            floor.resolve(h, c);
        }

        @Override
        public void closeCase(String h, CaseData c) {
            // lost
        }

        @Override
        public Verification verify(CaseData[] cases, AtomicReferenceArray<String> handles) {
            return floor.verify(cases, handles);
        }

        @Override
        public void tearDown() {
            floor.tearDown();
        }
    }
}
