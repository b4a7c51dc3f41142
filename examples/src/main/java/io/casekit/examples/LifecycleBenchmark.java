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

import io.casekit.examples.lifecycle.BenchDatabase;
import io.casekit.examples.lifecycle.LifecycleRun;
import io.casekit.examples.lifecycle.RunResult;
import io.casekit.examples.lifecycle.TargetSpec;
import io.casekit.examples.lifecycle.Tx;
import io.casekit.examples.lifecycle.Workload;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The driver of the "lifecycle" benchmark ({@code benchmarks/lifecycle.md}, workload version 1):
 * runs every configuration (target x thread count) once per round, each run in a fresh JVM
 * ({@code -Xms2g -Xmx2g}, default GC) with a fresh, empty store, and reports the median of the
 * rounds for each metric with the min-max, and the ratio of Casekit to the floor on the same storage.
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests
 * ./mvnw -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.casekit.examples.LifecycleBenchmark \
 *     -Dexec.args="--cases 20000 --threads 1,4 --rounds 3"
 * </pre>
 *
 * <p>Options: {@code --cases N} (measured cases, default 20000), {@code --target-cases
 * casekit-postgres=1000,floor-postgres=1000} (N for the named targets), {@code --warmup W} (default
 * 500, as the workload prescribes; change it only for smoke tests), {@code --threads 1,4}, {@code
 * --rounds 3}, {@code --targets casekit-memory,floor-memory} (default: all), {@code --jvm-args
 * -Xms2g,-Xmx2g} (comma-separated flags of the forked JVMs), {@code --tsv FILE} (also write the
 * tables there), {@code --in-process} (no fork: every run in this JVM, for tests; not comparable).
 * {@code --jdbc-url jdbc:postgresql://host/db --user U --password P} runs the {@code *-postgres}
 * targets on the user's own PostgreSQL (a fresh schema per run, dropped after it; the password may
 * also come from the environment variable {@value #PASSWORD_ENV}) instead of an embedded server
 * started per run; either way a run refuses a server whose {@code SHOW fsync} or {@code SHOW
 * synchronous_commit} is off.
 * Internal: {@code --single-run --target NAME} runs one run and prints its result line.
 *
 * <p>Exit code 0 if every run passed its verification, 2 if one failed it (that run is left out of
 * the tables), 1 on any other error.
 */
public final class LifecycleBenchmark {

    /** Marks the line a forked run prints its result on. */
    static final String RESULT_PREFIX = "RESULT\t";

    /** The environment variable a password may come from (forked runs get it this way, not on their command line). */
    static final String PASSWORD_ENV = "CASEKIT_LIFECYCLE_PASSWORD";

    /** The flags of each forked JVM, as the workload prescribes. */
    static final List<String> DEFAULT_JVM_ARGS = List.of("-Xms2g", "-Xmx2g");

    private LifecycleBenchmark() {}

    public static void main(String[] args) {
        int code;
        try {
            Options options = Options.parse(System.getenv(), args);
            code = options.singleRun() ? singleRun(options, System.out)
                    : execute(options, TargetSpec.all(options.postgres()), System.out).exitCode();
        } catch (IllegalArgumentException e) {
            System.err.println("lifecycle benchmark: " + e.getMessage());
            System.err.println(Options.USAGE);
            code = 1;
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        System.out.flush();
        if (code != 0 || Options.isSingleRun(args)) {
            System.exit(code);
        }
    }

    /**
     * The command line.
     *
     * @param cases measured cases N
     * @param warmup warm-up cases W
     * @param threads the thread counts to run
     * @param rounds how many rounds (runs per configuration)
     * @param targets the targets to run, in report order
     * @param jvmArgs the flags of each forked JVM
     * @param inProcess run in this JVM instead of forking
     * @param tsv a file to write the tables to, if any
     * @param singleRun child mode: run {@code target} once and print the result line
     * @param targetCases measured cases of the named targets, where they differ from {@code cases}
     * @param postgres the user's own PostgreSQL for the {@code *-postgres} targets, if given
     */
    public record Options(int cases, int warmup, List<Integer> threads, int rounds, List<String> targets,
            List<String> jvmArgs, boolean inProcess, Optional<Path> tsv, boolean singleRun, Map<String, Integer> targetCases,
            Optional<BenchDatabase.External> postgres) {

        static final String USAGE = "usage: LifecycleBenchmark [--cases N] [--target-cases TARGET=N,...] [--warmup W]"
                + " [--threads 1,4] [--rounds 3] [--targets " + String.join(",", TargetSpec.all().keySet()) + "]"
                + " [--jvm-args -Xms2g,-Xmx2g] [--tsv FILE] [--in-process]"
                + " [--jdbc-url jdbc:postgresql://HOST/DB [--user U] [--password P]]";

        public Options {
            threads = List.copyOf(threads);
            targets = List.copyOf(targets);
            jvmArgs = List.copyOf(jvmArgs);
            targetCases = Map.copyOf(targetCases);
        }

        /** The options without per-target case counts and with PostgreSQL embedded. */
        public Options(int cases, int warmup, List<Integer> threads, int rounds, List<String> targets, List<String> jvmArgs,
                boolean inProcess, Optional<Path> tsv, boolean singleRun) {
            this(cases, warmup, threads, rounds, targets, jvmArgs, inProcess, tsv, singleRun, Map.of(), Optional.empty());
        }

        /** The measured cases N of a target. */
        public int casesFor(String target) {
            return targetCases.getOrDefault(target, cases);
        }

        /** Reads the command line; throws {@link IllegalArgumentException} saying what is wrong. */
        public static Options parse(String... args) {
            return parse(Map.of(), args);
        }

        /**
         * Reads the command line, with the password from {@value LifecycleBenchmark#PASSWORD_ENV} in
         * {@code env} if the command line has none.
         */
        public static Options parse(Map<String, String> env, String... args) {
            int cases = 20_000;
            int warmup = Workload.DEFAULT_WARMUP;
            List<Integer> threads = List.of(1, 4);
            int rounds = 3;
            List<String> targets = List.copyOf(TargetSpec.all().keySet());
            List<String> jvmArgs = DEFAULT_JVM_ARGS;
            boolean inProcess = false;
            Optional<Path> tsv = Optional.empty();
            boolean singleRun = false;
            Map<String, Integer> targetCases = new java.util.LinkedHashMap<>();
            Optional<String> jdbcUrl = Optional.empty();
            Optional<String> user = Optional.empty();
            Optional<String> password = Optional.empty();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--in-process" -> inProcess = true;
                    case "--single-run" -> singleRun = true;
                    case "--cases" -> cases = positive(arg, value(args, ++i, arg), 1);
                    case "--warmup" -> warmup = positive(arg, value(args, ++i, arg), 0);
                    case "--rounds" -> rounds = positive(arg, value(args, ++i, arg), 1);
                    case "--threads" -> threads = Arrays.stream(value(args, ++i, arg).split(","))
                            .map(t -> positive(arg, t, 1)).toList();
                    case "--targets", "--target" -> targets = List.of(value(args, ++i, arg).split(","));
                    case "--jvm-args" -> jvmArgs = List.of(value(args, ++i, arg).split(","));
                    case "--tsv" -> tsv = Optional.of(Paths.get(value(args, ++i, arg)));
                    case "--target-cases" -> {
                        for (String pair : value(args, ++i, arg).split(",")) {
                            String[] parts = pair.split("=", 2);
                            if (parts.length != 2) {
                                throw new IllegalArgumentException("--target-cases needs TARGET=N pairs, got '" + pair + "'");
                            }
                            targetCases.put(parts[0].trim(), positive(arg, parts[1], 1));
                        }
                    }
                    case "--jdbc-url" -> jdbcUrl = Optional.of(value(args, ++i, arg));
                    case "--user" -> user = Optional.of(value(args, ++i, arg));
                    case "--password" -> password = Optional.of(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            Map<String, TargetSpec> known = TargetSpec.all();
            for (String target : targets) {
                if (!known.containsKey(target)) {
                    throw new IllegalArgumentException("unknown target '" + target + "'; targets: " + known.keySet());
                }
            }
            for (String target : targetCases.keySet()) {
                if (!known.containsKey(target)) {
                    throw new IllegalArgumentException("--target-cases names unknown target '" + target + "'; targets: " + known.keySet());
                }
            }
            if (jdbcUrl.isEmpty() && (user.isPresent() || password.isPresent())) {
                throw new IllegalArgumentException("--user and --password need --jdbc-url");
            }
            if (password.isEmpty() && env.containsKey(PASSWORD_ENV)) {
                password = Optional.of(env.get(PASSWORD_ENV));
            }
            Optional<BenchDatabase.External> postgres = jdbcUrl.isEmpty() ? Optional.empty()
                    : Optional.of(new BenchDatabase.External(jdbcUrl.get(), user, password));
            if (singleRun && (targets.size() != 1 || threads.size() != 1)) {
                throw new IllegalArgumentException("--single-run needs exactly one --target and one --threads value");
            }
            return new Options(cases, warmup, threads, rounds, targets, jvmArgs, inProcess, tsv, singleRun, targetCases, postgres);
        }

        static boolean isSingleRun(String[] args) {
            return Arrays.asList(args).contains("--single-run");
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String option, String text, int min) {
            try {
                int value = Integer.parseInt(text.trim());
                if (value < min) {
                    throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got '" + text + "'", e);
            }
        }

        /** The options as {@code exec.args}, every value spelled out. */
        String asArgs() {
            StringBuilder s = new StringBuilder();
            s.append("--cases ").append(cases);
            if (!targetCases.isEmpty()) {
                s.append(" --target-cases ").append(targetCases.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(",")));
            }
            s.append(" --warmup ").append(warmup)
                    .append(" --threads ").append(threads.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append(" --rounds ").append(rounds)
                    .append(" --targets ").append(String.join(",", targets));
            if (!jvmArgs.equals(DEFAULT_JVM_ARGS)) {
                s.append(" --jvm-args ").append(String.join(",", jvmArgs));
            }
            if (inProcess) {
                s.append(" --in-process");
            }
            tsv.ifPresent(p -> s.append(" --tsv ").append(p));
            postgres.ifPresent(db -> {
                s.append(" --jdbc-url ").append(db.url());
                db.user().ifPresent(u -> s.append(" --user ").append(u));
                db.password().ifPresent(p -> s.append(" --password <password>"));
            });
            return s.toString();
        }
    }

    /**
     * What a benchmark produced.
     *
     * @param exitCode 0 if every run passed, 2 if one failed verification, 1 if one crashed
     * @param runs every run that passed verification, in the order they ran
     * @param failed the runs that failed verification
     */
    public record Outcome(int exitCode, List<Run> runs, List<RunResult> failed) {}

    /** One run that passed, with its round (1-based). */
    public record Run(int round, RunResult result) {}

    /** Child mode: one run in this JVM, its result on one line; exit code 2 if it failed verification. */
    static int singleRun(Options options, PrintStream out) throws Exception {
        String target = options.targets().get(0);
        TargetSpec spec = TargetSpec.all(options.postgres()).get(target);
        RunResult result = LifecycleRun.execute(spec.factory().get(), options.threads().get(0), options.warmup(), options.casesFor(target));
        out.println(RESULT_PREFIX + result.toWire());
        out.flush();
        return result.passed() ? 0 : 2;
    }

    /** Runs every round and prints the report. */
    public static Outcome execute(Options options, Map<String, TargetSpec> registry, PrintStream out) throws Exception {
        String command = "./mvnw -B -ntp -q install -DskipTests && ./mvnw -B -ntp -q -pl examples exec:java"
                + " -Dexec.mainClass=" + LifecycleBenchmark.class.getName() + " -Dexec.args=\"" + options.asArgs() + "\"";
        List<String> classpath = ForkClasspath.of(LifecycleBenchmark.class);
        if (options.tsv().isPresent()) {
            // fail now rather than after the runs; a relative path is relative to the working directory
            // (under exec:java, the directory mvnw runs in)
            Path parent = options.tsv().get().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        out.println("# Casekit lifecycle benchmark, workload version " + Workload.VERSION + " (benchmarks/lifecycle.md)");
        out.println("# started " + java.time.Clock.systemUTC().instant() + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")");
        out.println("# load average at start: " + loadAverage());
        out.println("# N = " + options.cases() + " measured cases, W = " + options.warmup() + " warm-up cases, threads "
                + options.threads() + ", " + options.rounds() + " round(s), targets " + options.targets());
        if (!options.targetCases().isEmpty()) {
            out.println("# N per target: " + options.targets().stream().map(t -> t + "=" + options.casesFor(t))
                    .collect(Collectors.joining(", ")));
        }
        for (String target : options.targets()) {
            out.println("#   " + target + ": " + registry.get(target).description());
        }
        out.println("# reproduce: " + command);
        if (options.inProcess()) {
            out.println("# WARNING: --in-process runs share one JVM: not the workload's execution model, not comparable");
        } else {
            out.println("# each run: " + String.join(" ", childCommand(options, "<target>", "<T>",
                    "<examples runtime classpath, " + classpath.size() + " entries>")));
        }
        if (options.warmup() != Workload.DEFAULT_WARMUP) {
            out.println("# WARNING: W differs from the workload's " + Workload.DEFAULT_WARMUP + ": not comparable");
        }
        out.println();

        List<Run> runs = new ArrayList<>();
        List<RunResult> failed = new ArrayList<>();
        int exitCode = 0;
        for (int round = 1; round <= options.rounds(); round++) {
            for (int threads : options.threads()) {
                for (String target : options.targets()) {
                    String label = String.format(Locale.ROOT, "round %d/%d  %-16s T=%d", round, options.rounds(), target, threads);
                    Optional<RunResult> result = options.inProcess()
                            ? Optional.of(LifecycleRun.execute(registry.get(target).factory().get(), threads, options.warmup(),
                                    options.casesFor(target)))
                            : fork(options, target, threads, classpath, out);
                    if (result.isEmpty()) {
                        out.println(label + "  CRASHED (no result; see the output above)");
                        exitCode = Math.max(exitCode, 1);
                    } else if (!result.get().passed()) {
                        out.println(label + "  FAILED VERIFICATION, left out of the tables: " + result.get().verification().summary());
                        failed.add(result.get());
                        exitCode = 2;
                    } else {
                        RunResult r = result.get();
                        out.printf(Locale.ROOT, "%s  %,12.1f cases/s  %,12.1f tx/s  p50 %s us  p99 %s us  verification %s%n",
                                label, r.casesPerSecond(), r.txPerSecond(), readableMicros(r.latency().p50()), readableMicros(r.latency().p99()),
                                r.verification().summary());
                        runs.add(new Run(round, r));
                    }
                    out.flush();
                }
            }
        }
        String report = report(options, registry, runs, command);
        out.println("# load average at the end: " + loadAverage());
        out.println();
        out.print(report);
        out.flush();
        if (options.tsv().isPresent()) {
            Files.writeString(options.tsv().get(), report, StandardCharsets.UTF_8);
            out.println("# written to " + options.tsv().get().toAbsolutePath());
        }
        return new Outcome(exitCode, runs, failed);
    }

    /** Runs one run in a fresh JVM; empty if the child crashed without a result. */
    private static Optional<RunResult> fork(Options options, String target, int threads, List<String> classpath, PrintStream out)
            throws IOException, InterruptedException {
        List<String> command = childCommand(options, target, Integer.toString(threads), String.join(File.pathSeparator, classpath));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        options.postgres().flatMap(BenchDatabase.External::password).ifPresent(p -> builder.environment().put(PASSWORD_ENV, p));
        Process process = builder.start();
        @Nullable RunResult result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(RESULT_PREFIX)) {
                    result = RunResult.fromWire(line.substring(RESULT_PREFIX.length()));
                } else {
                    out.println("  | " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 && exit != 2) {
            out.println("  | the run of " + target + " with " + threads + " thread(s) exited with code " + exit);
            return Optional.empty();
        }
        return Optional.ofNullable(result);
    }

    /** The command line of one forked run: a fresh JVM with the workload's flags. */
    private static List<String> childCommand(Options options, String target, String threads, String classpath) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options.jvmArgs());
        // Quiet start-up logs (Casekit's, Hibernate Validator's) between the report lines.
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dorg.jboss.logging.provider=slf4j");
        command.add("-cp");
        command.add(classpath);
        command.add(LifecycleBenchmark.class.getName());
        command.addAll(List.of("--single-run", "--target", target, "--threads", threads,
                "--cases", options.targetCases().isEmpty() || options.targets().contains(target)
                        ? Integer.toString(options.casesFor(target)) : "<N>",
                "--warmup", Integer.toString(options.warmup())));
        options.postgres().ifPresent(db -> {
            command.addAll(List.of("--jdbc-url", db.url()));
            db.user().ifPresent(u -> command.addAll(List.of("--user", u)));
            // the password goes through the environment, not the command line
        });
        return command;
    }

    /** The 1, 5 and 15 minute load averages (Linux), to judge how noisy the machine was. */
    private static String loadAverage() {
        Path proc = Paths.get("/proc/loadavg");
        try {
            if (Files.isReadable(proc)) {
                String[] fields = Files.readString(proc, StandardCharsets.US_ASCII).trim().split("\\s+");
                return String.join(" ", Arrays.asList(fields).subList(0, Math.min(3, fields.length)));
            }
        } catch (IOException e) {
            // fall through
        }
        return String.format(Locale.ROOT, "%.2f (1 min)", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ------------------------------------------------------------------------------------------
    // The report

    private record Metric(String name, boolean latency, ToDoubleFunction<RunResult> value) {}

    private static List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric("cases_per_s", false, RunResult::casesPerSecond),
                new Metric("tx_per_s", false, RunResult::txPerSecond),
                new Metric("p50_us", true, r -> r.latency().p50()),
                new Metric("p90_us", true, r -> r.latency().p90()),
                new Metric("p99_us", true, r -> r.latency().p99()),
                new Metric("p99.9_us", true, r -> r.latency().p999()),
                new Metric("max_us", true, r -> r.latency().max()),
                new Metric("mean_us", true, r -> r.latency().mean())));
        for (Tx tx : Tx.values()) {
            metrics.add(new Metric("p50_" + tx.key() + "_us", true, r -> r.latency().p50ByTx().get(tx.ordinal())));
        }
        return metrics;
    }

    /** The tables: every passed run, the medians with min-max per configuration, the ratios to the floor. */
    static String report(Options options, Map<String, TargetSpec> registry, List<Run> runs, String command) {
        List<Metric> metrics = metrics();
        StringBuilder s = new StringBuilder();
        s.append("## runs (TSV; runs that failed verification are left out)\n");
        s.append("round\ttarget\tthreads\twarmup\tcases\twall_s");
        metrics.forEach(m -> s.append('\t').append(m.name()));
        s.append("\taudit_records\n");
        for (Run run : runs) {
            RunResult r = run.result();
            s.append(run.round()).append('\t').append(r.target()).append('\t').append(r.threads()).append('\t')
                    .append(r.warmup()).append('\t').append(r.cases()).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", r.wallNanos() / 1e9));
            metrics.forEach(m -> s.append('\t').append(format(m, m.value().applyAsDouble(r))));
            s.append('\t').append(r.verification().auditRecords()).append('\n');
        }

        s.append("\n## summary: median of the runs for each metric separately, with min and max (TSV)\n");
        s.append("target\tthreads\truns");
        metrics.forEach(m -> s.append('\t').append(m.name()).append('\t').append(m.name()).append("_min\t")
                .append(m.name()).append("_max"));
        s.append('\n');
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-16s %2s  %-28s %-30s %-24s %-24s%n", "target", "T",
                "cases/s median (min-max)", "tx/s median (min-max)", "p50 us median (min-max)", "p99 us median (min-max)"));
        for (int threads : options.threads()) {
            for (String target : options.targets()) {
                List<RunResult> of = of(runs, target, threads);
                if (of.isEmpty()) {
                    continue;
                }
                s.append(target).append('\t').append(threads).append('\t').append(of.size());
                for (Metric m : metrics) {
                    double[] values = of.stream().mapToDouble(m.value()).sorted().toArray();
                    s.append('\t').append(format(m, median(values))).append('\t').append(format(m, values[0]))
                            .append('\t').append(format(m, values[values.length - 1]));
                }
                s.append('\n');
                table.append(String.format(Locale.ROOT, "%-16s %2d  %-28s %-30s %-24s %-24s%n", target, threads,
                        spread(of, RunResult::casesPerSecond, false), spread(of, RunResult::txPerSecond, false),
                        spread(of, r -> r.latency().p50(), true), spread(of, r -> r.latency().p99(), true)));
            }
        }
        s.append("\n## summary (readable)\n").append(table);

        s.append("\n## Casekit / floor on the same storage (cases/s)\n");
        for (int threads : options.threads()) {
            for (String target : options.targets()) {
                TargetSpec spec = registry.get(target);
                Optional<TargetSpec> floor = registry.values().stream()
                        .filter(f -> f.floor() && f.storage().equals(spec.storage()) && options.targets().contains(f.name()))
                        .findFirst();
                if (spec.floor() || floor.isEmpty()) {
                    continue;
                }
                List<RunResult> mine = of(runs, target, threads);
                List<RunResult> theirs = of(runs, floor.get().name(), threads);
                if (mine.isEmpty() || theirs.isEmpty()) {
                    continue;
                }
                double ratio = median(mine.stream().mapToDouble(RunResult::casesPerSecond).sorted().toArray())
                        / median(theirs.stream().mapToDouble(RunResult::casesPerSecond).sorted().toArray());
                double[] perRound = runs.stream().filter(r -> r.result().target().equals(target) && r.result().threads() == threads)
                        .flatMap(mineRun -> runs.stream()
                                .filter(f -> f.round() == mineRun.round() && f.result().target().equals(floor.get().name())
                                        && f.result().threads() == threads)
                                .map(f -> mineRun.result().casesPerSecond() / f.result().casesPerSecond()))
                        .mapToDouble(Double::doubleValue).sorted().toArray();
                s.append(String.format(Locale.ROOT, "%s / %s, %d thread(s): %.4f (%.2f %%) of the floor's median cases/s;"
                                + " per-round ratios %.4f-%.4f%n", target, floor.get().name(), threads, ratio, 100 * ratio,
                        perRound.length == 0 ? Double.NaN : perRound[0], perRound.length == 0 ? Double.NaN : perRound[perRound.length - 1]));
            }
        }
        s.append("\n# reproduce: ").append(command).append('\n');
        return s.toString();
    }

    private static List<RunResult> of(List<Run> runs, String target, int threads) {
        return runs.stream().map(Run::result).filter(r -> r.target().equals(target) && r.threads() == threads).toList();
    }

    private static String spread(List<RunResult> runs, ToDoubleFunction<RunResult> f, boolean latency) {
        double[] values = runs.stream().mapToDouble(f).sorted().toArray();
        return latency
                ? String.format(Locale.ROOT, "%s (%s-%s)", readableMicros(median(values)), readableMicros(values[0]),
                        readableMicros(values[values.length - 1]))
                : String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", median(values), values[0], values[values.length - 1]);
    }

    /** Microseconds with three significant digits or more, for the readable table. */
    private static String readableMicros(double nanos) {
        double us = nanos / 1000;
        return String.format(Locale.ROOT, us >= 100 ? "%,.0f" : us >= 10 ? "%.1f" : us >= 1 ? "%.2f" : "%.3f", us);
    }

    /** The median: the middle value, or the mean of the two middle values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(Metric m, double value) {
        return m.latency() ? micros(value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String micros(double nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1000);
    }
}
