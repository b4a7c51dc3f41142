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

import io.casekit.examples.lifecycle.Workload.CaseData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * One run of the workload against one target, in the current JVM: set-up, warm-up, {@code
 * System.gc()} and a 200 ms pause, the measured phase, verification. The driver starts each run in a
 * fresh JVM; tests call it directly.
 */
public final class LifecycleRun {

    private LifecycleRun() {}

    /**
     * Runs the workload.
     *
     * @param target a fresh target, not set up yet; the run sets it up and tears it down
     * @param threads the worker threads (1 or more)
     * @param warmup the warm-up cases W (indices {@code 0..W-1})
     * @param cases the measured cases N (indices {@code W..W+N-1}), 1 or more
     * @return the measurements and the verification; a transaction that failed fails the verification
     */
    public static <H> RunResult execute(LifecycleTarget<H> target, int threads, int warmup, int cases) throws Exception {
        if (threads < 1 || warmup < 0 || cases < 1) {
            throw new IllegalArgumentException("need threads >= 1, warmup >= 0, cases >= 1; got " + threads + ", " + warmup + ", " + cases);
        }
        CaseData[] data = Workload.cases(0, warmup + cases);
        AtomicReferenceArray<H> handles = new AtomicReferenceArray<>(warmup + cases);
        LifecycleTarget<H> t = target;
        try {
            t.setUp();
            List<Throwable> failures = new ArrayList<>();
            if (warmup > 0) {
                phase(t, data, 0, warmup, threads, handles, null, failures);
            }
            System.gc();
            Thread.sleep(200);
            long[] latencies = new long[Workload.TX_PER_CASE * cases];
            long wall = failures.isEmpty() ? phase(t, data, warmup, cases, threads, handles, latencies, failures) : 1;
            Verification verification = t.verify(data, handles);
            if (!failures.isEmpty()) {
                Verification.Collector failed = new Verification.Collector();
                failures.forEach(f -> failed.problem("a transaction failed: " + f));
                verification.problems().forEach(failed::problem);
                verification = new Verification(verification.cases(), verification.auditRecords(), failed.result().problems(),
                        failures.size() + verification.problemCount());
            }
            return new RunResult(t.name(), threads, warmup, cases, wall, LatencyStats.of(latencies), verification);
        } finally {
            t.tearDown();
        }
    }

    /**
     * Runs cases {@code begin..begin+n-1} on {@code threads} threads, thread {@code k} taking the
     * block {@code [begin + n*k/T, begin + n*(k+1)/T)}, all released by one latch.
     *
     * @param latencies where to record each transaction's latency, or null not to
     * @return the wall time from releasing the latch until the last thread finished
     */
    private static <H> long phase(LifecycleTarget<H> target, CaseData[] data, int begin, int n, int threads,
            AtomicReferenceArray<H> handles, long @Nullable [] latencies, List<Throwable> failures) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        long[] finished = new long[threads];
        Throwable[] failed = new Throwable[threads];
        Thread[] workers = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            int worker = k;
            int from = (int) (begin + (long) n * k / threads);
            int to = (int) (begin + (long) n * (k + 1) / threads);
            workers[k] = new Thread(() -> {
                ready.countDown();
                try {
                    start.await();
                    for (int i = from; i < to; i++) {
                        runCase(target, data[i], handles, latencies, (i - begin) * Workload.TX_PER_CASE);
                    }
                } catch (Throwable e) {
                    failed[worker] = e;
                } finally {
                    finished[worker] = System.nanoTime();
                }
            }, "lifecycle-worker-" + k);
            workers[k].start();
        }
        ready.await();
        long released = System.nanoTime();
        start.countDown();
        long last = released;
        for (int k = 0; k < threads; k++) {
            workers[k].join();
            last = Math.max(last, finished[k]);
            if (failed[k] != null) {
                failures.add(failed[k]);
            }
        }
        return last - released;
    }

    /** The six transactions of one case, back to back, each timed on its own. */
    private static <H> void runCase(LifecycleTarget<H> target, CaseData c, AtomicReferenceArray<H> handles,
            long @Nullable [] latencies, int slot) throws Exception {
        long t0 = System.nanoTime();
        H h = target.create(c);
        long t1 = System.nanoTime();
        handles.set(c.index(), h);
        long t2 = System.nanoTime();
        target.assign(h, c);
        long t3 = System.nanoTime();
        long t4 = System.nanoTime();
        target.waitForCustomer(h, c);
        long t5 = System.nanoTime();
        long t6 = System.nanoTime();
        target.customerComment(h, c);
        long t7 = System.nanoTime();
        long t8 = System.nanoTime();
        target.resolve(h, c);
        long t9 = System.nanoTime();
        long t10 = System.nanoTime();
        target.closeCase(h, c);
        long t11 = System.nanoTime();
        if (latencies != null) {
            latencies[slot] = t1 - t0;
            latencies[slot + 1] = t3 - t2;
            latencies[slot + 2] = t5 - t4;
            latencies[slot + 3] = t7 - t6;
            latencies[slot + 4] = t9 - t8;
            latencies[slot + 5] = t11 - t10;
        }
    }
}
