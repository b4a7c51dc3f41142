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
package io.casekit.spi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    private final CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-1");
    private final CaseCommit retitle = CaseFixtures.retitle(open.state(), "new title");
    private final CaseCommit move = CaseFixtures.commentAndMove(retitle.state(), "done", "450", CaseState.RESOLVED);

    private List<CaseEvent> timeline() {
        List<CaseEvent> events = new ArrayList<>(open.events());
        events.addAll(retitle.events());
        events.addAll(move.events());
        return events;
    }

    @Test
    void replayGivesTheStateOfTheLastCommit() {
        Case replayed = CaseHistory.replay(timeline()).orElseThrow();

        assertThat(replayed).isEqualTo(move.state());
        assertThat(replayed.title()).isEqualTo("new title");
        assertThat(replayed.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(replayed.version()).isEqualTo(3);
        assertThat(replayed.eventCount()).isEqualTo(4);
    }

    @Test
    void anEmptyTimelineIsNoCase() {
        assertThat(CaseHistory.replay(List.of())).isEmpty();
    }

    @Test
    void aTimelineMustStartWithTheOpening() {
        assertThatThrownBy(() -> CaseHistory.replay(retitle.events()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gapsAndRepeatsAreRefused() {
        List<CaseEvent> gap = timeline();
        gap.remove(1);
        assertThatThrownBy(() -> CaseHistory.replay(gap)).hasMessageContaining("sequence");

        List<CaseEvent> repeat = timeline();
        repeat.add(1, repeat.get(0));
        assertThatThrownBy(() -> CaseHistory.replay(repeat)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommitWhosePartsDisagreeCannotBeMade() {
        Case v2 = retitle.state();
        assertThatThrownBy(() -> new CaseCommit(v2, 0, retitle.events())).hasMessageContaining("expectedVersion");
        assertThatThrownBy(() -> new CaseCommit(v2, 1, List.of())).hasMessageContaining("at least one event");
        assertThatThrownBy(() -> new CaseCommit(v2, 1, move.events())).isInstanceOf(IllegalArgumentException.class);
    }
}
