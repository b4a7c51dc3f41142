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
package io.casekit.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many threads comment on one case at once; callers retry on the concurrency error; nothing is lost. */
class ConcurrentCommentsTest {

    private static final int THREADS = 8;
    private static final int COMMENTS_PER_THREAD = 200;

    @Test
    void everyCommentIsKept() throws Exception {
        Portal portal = new Portal("it-services");
        Case c = portal.open(Portal.ANNA, OpenCase.builder()
                .title("Shared case")
                .description("Everybody comments here")
                .caseType("Incident")
                .customField("expertiseDomain", "MWI")
                .build());
        List<String> actors = List.of(Portal.ANNA, Portal.BOB, Portal.ALICE, Portal.BERT);
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String actor = actors.get(t % actors.size());
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < COMMENTS_PER_THREAD; i++) {
                    AddComment comment = new AddComment(c.id(), "comment " + thread + "/" + i, Visibility.PUBLIC);
                    while (true) {
                        try {
                            portal.cases().execute(actor, comment);
                            break;
                        } catch (ConcurrentCaseUpdateException e) {
                            assertThat(e.isRetryable()).isTrue();
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<CaseEvent> timeline = portal.cases().timeline(Portal.ALICE, c.id());
        Set<String> bodies = timeline.stream()
                .filter(CommentAdded.class::isInstance)
                .map(e -> ((CommentAdded) e).body())
                .collect(Collectors.toSet());
        assertThat(bodies).hasSize(THREADS * COMMENTS_PER_THREAD);
        assertThat(portal.cases().get(Portal.ALICE, c.id()).version()).isEqualTo(1 + THREADS * COMMENTS_PER_THREAD);
        assertThat(timeline).extracting(e -> e.header().sequence())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, timeline.size()).boxed().toList());
    }
}
