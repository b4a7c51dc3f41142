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
package io.casekit.examples.sla;

import io.casekit.core.sla.BusinessCalendar;
import io.casekit.examples.ForkClasspath;
import java.io.File;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How fast Casekit computes SLA deadlines ({@link BusinessCalendar#plus}) on a realistic calendar,
 * compared with the naive way: stepping minute by minute and asking, for each minute, whether the
 * office is open. The calendar is Dutch office hours (Europe/Amsterdam, weekdays 08:30-12:00 and
 * 12:30-17:00, so 8 business hours a day) with 15 holidays a year from 2025 to 2030; the targets are
 * 1 hour, 1 business day (8 hours), 5 business days and 20 business days; the start instants are 256
 * random whole minutes of 2026-2028 (most of them out of hours, as when cases come in at night or at
 * the weekend), the same for both. Before measuring, each trial checks that both give the same
 * deadline for every start.
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests
 * ./mvnw -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.casekit.examples.sla.DeadlineBenchmark \
 *     -Dexec.args="-f 1 -wi 3 -w 1s -i 3 -r 1s"
 * </pre>
 *
 * <p>The arguments are JMH's (e.g. {@code -p target=20d} runs one target); without arguments the
 * program uses the ones above. It prints the command, JMH's report, and a table of computations per
 * second for Casekit and the naive way per target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<String> DEFAULT_ARGS = List.of("-f", "1", "-wi", "3", "-w", "1s", "-i", "3", "-r", "1s");
    static final Map<String, Duration> TARGETS = Map.of(
            "1h", Duration.ofHours(1), "1d", Duration.ofHours(8), "5d", Duration.ofHours(40), "20d", Duration.ofHours(160));
    private static final int STARTS = 256; // a power of two

    /** The target: 1h, 1d, 5d or 20d (business days of 8 hours). */
    @Param({"1h", "1d", "5d", "20d"})
    public String target = "1h";

    private final BusinessCalendar calendar = casekitCalendar();
    private final NaiveCalendar naive = new NaiveCalendar();
    private final Instant[] starts = starts();
    private Duration duration = Duration.ZERO;
    private int next;

    /** Checks that Casekit and the naive way agree on every start before anything is measured. */
    @Setup(Level.Trial)
    public void checkBothAgree() {
        Duration d = TARGETS.get(target);
        if (d == null) {
            throw new IllegalArgumentException("unknown target " + target + "; use one of " + new TreeMap<>(TARGETS).keySet());
        }
        duration = d;
        for (Instant start : starts) {
            Instant expected = naive.plus(start, duration);
            Instant actual = calendar.plus(start, duration);
            if (!actual.equals(expected)) {
                throw new IllegalStateException("from " + start + " + " + duration + ": Casekit says " + actual + ", minute stepping "
                        + expected);
            }
        }
    }

    @Benchmark
    public Instant casekit() {
        return calendar.plus(nextStart(), duration);
    }

    @Benchmark
    public Instant naive() {
        return naive.plus(nextStart(), duration);
    }

    private Instant nextStart() {
        Instant start = starts[next];
        next = (next + 1) & (STARTS - 1);
        return start;
    }

    // ---- the calendar ----------------------------------------------------------------------

    static final LocalTime OPEN = LocalTime.of(8, 30);
    static final LocalTime LUNCH = LocalTime.NOON;
    static final LocalTime BACK = LocalTime.of(12, 30);
    static final LocalTime CLOSE = LocalTime.of(17, 0);

    static BusinessCalendar casekitCalendar() {
        BusinessCalendar.Builder b = BusinessCalendar.builder("office-nl", ZONE)
                .openWeekdays(OPEN, LUNCH)
                .openWeekdays(BACK, CLOSE);
        holidays().forEach(b::holiday);
        return b.build();
    }

    /** 15 a year, 2025-2030: the Dutch public holidays and the office's own closing days. */
    static List<LocalDate> holidays() {
        List<LocalDate> all = new ArrayList<>();
        for (int year = 2025; year <= 2030; year++) {
            LocalDate easter = easterSunday(year);
            LocalDate kingsDay = LocalDate.of(year, 4, 27);
            all.addAll(List.of(
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2),
                    easter.minusDays(2), easter, easter.plusDays(1),
                    kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay,
                    LocalDate.of(year, 5, 5),
                    easter.plusDays(39), easter.plusDays(40), easter.plusDays(49), easter.plusDays(50),
                    LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31)));
        }
        return all;
    }

    /** The Gregorian Easter Sunday (the anonymous algorithm, as in Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static Instant[] starts() {
        Random random = new Random(20260329L);
        long from = LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toEpochSecond() / 60;
        long to = LocalDate.of(2029, 1, 1).atStartOfDay(ZONE).toEpochSecond() / 60;
        Instant[] starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond(60 * (from + (long) (random.nextDouble() * (to - from))));
        }
        return starts;
    }

    /**
     * The naive way, as often written: a deadline is found by walking minute by minute from the
     * start, converting each minute to local time and counting it if the office is open. Starts and
     * targets are whole minutes here, so it gives exactly Casekit's answers.
     */
    static final class NaiveCalendar {
        private final Set<LocalDate> holidays = new HashSet<>(holidays());

        boolean isOpen(Instant t) {
            LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
            if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY
                    || holidays.contains(local.toLocalDate())) {
                return false;
            }
            LocalTime time = local.toLocalTime();
            return (!time.isBefore(OPEN) && time.isBefore(LUNCH)) || (!time.isBefore(BACK) && time.isBefore(CLOSE));
        }

        Instant plus(Instant start, Duration businessTime) {
            Instant t = start;
            while (!isOpen(t)) {
                t = t.plusSeconds(60);
            }
            for (long left = businessTime.toMinutes(); left > 0; t = t.plusSeconds(60)) {
                if (isOpen(t)) {
                    left--;
                }
            }
            return t;
        }
    }

    // ---- the program -----------------------------------------------------------------------

    /**
     * Runs the benchmark with JMH's arguments ({@link #DEFAULT_ARGS} if none) and prints a table of
     * computations per second.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        List<String> jmhArgs = args.length == 0 ? DEFAULT_ARGS : List.of(args);
        String command = "./mvnw -B -ntp -q -pl examples exec:java -Dexec.mainClass=" + DeadlineBenchmark.class.getName()
                + " -Dexec.args=\"" + String.join(" ", jmhArgs) + "\"";
        System.out.println("# " + command);
        forkWithThisClasspath();
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(jmhArgs.toArray(new String[0])))
                .include(DeadlineBenchmark.class.getName() + "\\.")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println(table(results));
        System.out.println("# " + command);
    }

    /** Computations per second, Casekit against the naive way, one row per target. */
    static String table(Collection<RunResult> results) {
        Map<String, double[]> byTarget = new TreeMap<>((x, y) -> Long.compare(TARGETS.get(x).toMinutes(), TARGETS.get(y).toMinutes()));
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double[] row = byTarget.computeIfAbsent(r.getParams().getParam("target"), t -> new double[4]);
            int at = method.equals("casekit") ? 0 : 2;
            row[at] = r.getPrimaryResult().getScore();
            row[at + 1] = r.getPrimaryResult().getScoreError();
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-8s %24s %24s %12s%n", "target", "Casekit (ops/s)",
                "naive (ops/s)", "Casekit/naive"));
        byTarget.forEach((t, row) -> s.append(String.format(Locale.ROOT, "%-8s %24s %24s %12s%n", t, score(row[0], row[1]),
                score(row[2], row[3]), row[2] > 0 ? String.format(Locale.ROOT, "%.0fx", row[0] / row[2]) : "-")));
        return s.toString();
    }

    private static String score(double score, double error) {
        if (score == 0) {
            return "-";
        }
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%,.0f", score) : String.format(Locale.ROOT, "%,.0f ± %,.0f", score, error);
    }

    /**
     * JMH forks its measuring JVM with {@code java.class.path}. Under {@code exec:java} that is Maven's
     * own; hand on the classes this program was loaded from.
     */
    private static void forkWithThisClasspath() {
        System.setProperty("java.class.path", String.join(File.pathSeparator, ForkClasspath.of(DeadlineBenchmark.class)));
    }
}
