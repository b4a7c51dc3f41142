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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small run of the case-list benchmark on H2: every list runs and reads what the data holds. */
class CaseListBenchmarkTest {

    @Test
    void aSmallRunMeasuresEveryListOnLoadedCases() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            CaseListBenchmark.run(out, "--cases", "3000", "--customers", "10", "--iterations", "3", "--warmup", "1", "--targets", "h2");
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).anyMatch(l -> l.startsWith("H2 in memory: 3,000 cases (10 customers + CUST-BIG with a tenth)"));
        List<String> rows = lines.stream().filter(l -> l.matches(".*\\s\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$")).toList();
        assertThat(rows).hasSize(8);
        // every list but the deep page finds cases: ~30 open cases per customer, ~60 of the large one
        assertThat(rows).filteredOn(l -> l.contains("first page")).allMatch(l -> !l.endsWith(" 0"));
        assertThat(rows).filteredOn(l -> l.contains("CUST-BIG (a tenth of all cases), first page")).singleElement()
                .matches(l -> l.endsWith(" 25"));
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThatThrownBy(() -> CaseListBenchmark.run(System.out, "--rows", "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rows");
    }
}
