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
package io.casekit.export;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Presets;
import io.casekit.persistence.jdbc.JdbcCaseStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CountDimension;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Measures an export of many cases in a small heap: opens {@code --cases} cases (default 100,000)
 * through {@code casekit.cases().execute} into the JDBC store on an H2 file database (kept under
 * {@code target/export-benchmark}, and reused by the next run if it already holds as many), then
 * exports them all as xlsx and as CSV to files (as the view {@code --view}, default {@code open}, which
 * the store's index on state and last change serves; {@code --view none} exports {@code
 * CaseFilter.ALL}, which no index of the JDBC store serves in its order on H2: each page then reads
 * the whole table), and prints per format the cases, the seconds, the
 * file's size and the heap used: after a GC before the export, its peak during the export (sampled
 * every 2 ms), and after a GC after it. The embedded H2 database shares the heap (its cache held to
 * 8 MB). Run it in a JVM with a 64 MB heap:
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests
 * ./mvnw -B -ntp -q -pl export test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx64m -classpath %classpath io.casekit.export.ExportBenchmark --cases 100000"
 * </pre>
 *
 * <p>Not a test: no number is asserted anywhere.
 */
public final class ExportBenchmark {

    private static final int CUSTOMERS = 20;
    private static final String AGENT = "agent-bench";
    private static final String[] TYPES = {"Incident", "Service Request", "Change Request"};
    private static final String[] DOMAINS = {"MWI", "MWA", "EBIZZ", "BC", "CAREMANAGER", "CE", "DATA"};
    private static final String[] TITLES = {"VPN drops every few minutes", "Printer on floor 3 jams", "=SUM(1+1) in the invoice",
        "Password reset, \"urgent\"", "ERP report is slow 😀"};

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int cases = 100_000;
        Path dir = Path.of("target", "export-benchmark");
        Optional<String> view = Optional.of("open");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(value);
                case "--dir" -> dir = Path.of(value);
                case "--view" -> view = value.equals("none") ? Optional.empty() : Optional.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: ExportBenchmark [--cases N] [--dir DIR] [--view CODE|none]");
            }
            i++;
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "JVM %s %s, max heap %d MB, %d processors%n", Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        // the embedded database shares the 64 MB heap: its page cache is held to 8 MB (H2's CACHE_SIZE is in KB)
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("cases-" + cases).toAbsolutePath()
                + ";CACHE_SIZE=8192", "sa", "");
        try {
            JdbcCaseStore store = JdbcCaseStore.builder(pool).migrate(true).build();
            ManualClock clock = new ManualClock(Instant.parse("2026-01-05T07:00:00Z"));
            InMemoryDirectory directory = new InMemoryDirectory().add(Actor.agent(AGENT, "Bench Agent").build());
            for (int c = 0; c < CUSTOMERS; c++) {
                directory.add(new Customer("CUST-" + c, "Customer " + c, c % 2 == 0 ? Optional.of("SLA") : Optional.empty()))
                        .add(Actor.contact("contact-" + c, "Contact " + c, "CUST-" + c).authorised().build());
            }
            Casekit casekit = Casekit.builder().store(store).identity(directory).clock(clock)
                    .definition(Presets.load("it-services")).build();
            seed(casekit, clock, cases);
            CaseExport export = CaseExport.builder(casekit).identity(directory).build();
            System.out.println(view.map(code -> "exporting the view '" + code + "' (every seeded case is open)")
                    .orElse("exporting every case (CaseFilter.ALL)"));
            for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.CSV)) {
                measure(export, format, view, dir.resolve("cases." + format.fileExtension()));
            }
        } finally {
            pool.dispose();
        }
    }

    private static void seed(Casekit casekit, ManualClock clock, int cases) {
        long present = casekit.cases().count(AGENT, CaseFilter.ALL, CountDimension.STATE).values().stream().mapToLong(Long::longValue).sum();
        if (present >= cases) {
            System.out.printf(Locale.ROOT, "store holds %,d cases already (opened by an earlier run)%n", present);
            return;
        }
        long start = System.nanoTime();
        for (long i = present; i < cases; i++) {
            clock.advance(Duration.ofMinutes(1));
            int customer = (int) (i % CUSTOMERS);
            casekit.cases().execute("contact-" + customer, OpenCase.builder()
                    .title(TITLES[(int) (i % TITLES.length)] + " #" + i)
                    .description("Opened by the export benchmark")
                    .caseType(TYPES[(int) (i % TYPES.length)])
                    .customField("expertiseDomain", DOMAINS[(int) (i % DOMAINS.length)])
                    .build());
            if ((i + 1) % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  opened %,d cases (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "opened %,d cases through casekit.cases().execute in %.1f s%n", cases - present,
                (System.nanoTime() - start) / 1e9);
    }

    private static void measure(CaseExport export, ExportFormat format, Optional<String> view, Path file) throws IOException {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(2_000_000);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ExportResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ExportRequest.Builder request = ExportRequest.builder().actor(AGENT).format(format);
            if (view.isPresent()) {
                request.view(view.get());
            } else {
                request.filter(CaseFilter.ALL);
            }
            result = export.write(request.columns(withExpertise())
                    .locale(Locale.forLanguageTag("nl")).zone(ZoneId.of("Europe/Brussels")).build(), out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long oldGenPeak = heap.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%-4s %,d cases in %.1f s (%,.0f cases/s), %,d pages, file %.1f MB;"
                + " heap used: %.1f MB after a GC before, peak %.1f MB during (sampled every 2 ms; old generation's peak"
                + " %.1f MB), %.1f MB after a GC after%n", format, result.cases(), seconds, result.cases() / seconds,
                result.pages(), Files.size(file) / 1048576.0, before / 1048576.0, sampledPeak.get() / 1048576.0,
                oldGenPeak / 1048576.0, after / 1048576.0);
    }

    private static List<ExportColumn> withExpertise() {
        List<ExportColumn> columns = new ArrayList<>(ExportColumn.defaults());
        columns.add(ExportColumn.customField("expertiseDomain"));
        return columns;
    }
}
