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
package io.casekit.examples.portal.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The latencies and errors of one phase of the load, per {@link PageKind}: an HdrHistogram in
 * microseconds (three significant digits, up to ten minutes) and an error count per kind, with the
 * first errors' descriptions kept for the report, and the forms sent again after a concurrent
 * change. Thread-safe: every journey thread records into
 * the same instance.
 */
final class Measurements {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final int SAMPLES = 20;

    private final Map<PageKind, Histogram> latencies = new EnumMap<>(PageKind.class);
    private final Map<PageKind, AtomicLong> errors = new EnumMap<>(PageKind.class);
    private final Map<PageKind, AtomicLong> retries = new EnumMap<>(PageKind.class);
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final AtomicLong sampled = new AtomicLong();

    Measurements() {
        for (PageKind kind : PageKind.values()) {
            latencies.put(kind, new ConcurrentHistogram(1, HIGHEST_MICROS, 3));
            errors.put(kind, new AtomicLong());
            retries.put(kind, new AtomicLong());
        }
    }

    /**
     * @param kind what was asked
     * @param nanos how long it took, to the last byte of the answer
     */
    void record(PageKind kind, long nanos) {
        latencies.get(kind).recordValue(Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /**
     * Counts an error: a status outside 2xx/3xx, an exception or time-out, or a page without what it
     * must show.
     *
     * @param kind what was asked
     * @param description what went wrong, for the report
     */
    void error(PageKind kind, String description) {
        errors.get(kind).incrementAndGet();
        if (sampled.incrementAndGet() <= SAMPLES) {
            samples.add(kind.label() + ": " + description);
        }
    }

    /**
     * Counts a form that Casekit refused because another person changed the case meanwhile, and that
     * the journey sent again from the reloaded page, as the refusal tells the person to do. Not an
     * error unless the second attempt fails too.
     *
     * @param kind the form
     */
    void retry(PageKind kind) {
        retries.get(kind).incrementAndGet();
    }

    /** {@return the errors of every kind together} */
    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** {@return how many requests were answered, of every kind together} */
    long count() {
        return latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    /**
     * Prints one line per kind that was asked at least once (or failed), and a total line.
     *
     * @param out where to
     * @param title the table's title
     * @param seconds the phase's length, for the rates
     */
    void print(PrintStream out, String title, double seconds) {
        String format = "%-28s %8s %9s %9s %9s %9s %9s %7s %8s%n";
        out.println();
        out.println(title);
        out.printf(Locale.ROOT, format, "page", "count", "pages/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "retried");
        out.println("-".repeat(104));
        Histogram all = new Histogram(1, HIGHEST_MICROS, 3);
        long allErrors = 0;
        long allRetries = 0;
        for (PageKind kind : PageKind.values()) {
            Histogram h = latencies.get(kind).copy();
            long failed = errors.get(kind).get();
            long retried = retries.get(kind).get();
            if (h.getTotalCount() == 0 && failed == 0) {
                continue;
            }
            all.add(h);
            allErrors += failed;
            allRetries += retried;
            out.printf(Locale.ROOT, format, kind.label(), h.getTotalCount(), rate(h.getTotalCount(), seconds),
                    millis(h, 50), millis(h, 95), millis(h, 99), millis(h.getMaxValue()), failed, retried);
        }
        out.println("-".repeat(104));
        out.printf(Locale.ROOT, format, "all", all.getTotalCount(), rate(all.getTotalCount(), seconds), millis(all, 50),
                millis(all, 95), millis(all, 99), millis(all.getMaxValue()), allErrors, allRetries);
        List<String> first = new ArrayList<>(samples);
        if (!first.isEmpty()) {
            out.println("first errors:");
            first.forEach(s -> out.println("  " + s));
        }
    }

    private static String rate(long count, double seconds) {
        return String.format(Locale.ROOT, "%.1f", count / seconds);
    }

    private static String millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "-" : millis(h.getValueAtPercentile(percentile));
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
