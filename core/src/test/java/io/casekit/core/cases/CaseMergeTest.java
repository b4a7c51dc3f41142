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

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Merging cases (guide 000, 430 Merged): one atomic change, read-only sources, redirected comments, unmerge. */
class CaseMergeTest {

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();

    private Case open(String contact, String title) {
        return portal.open(contact, OpenCase.builder().title(title).description("Something is wrong with " + title)
                .caseType("Incident").customField("expertiseDomain", "MWI").build());
    }

    private Case stored(Case c) {
        return portal.store.find(c.id()).orElseThrow();
    }

    private List<String> comments(List<CaseEvent> timeline) {
        return timeline.stream().filter(e -> e instanceof CommentAdded).map(e -> ((CommentAdded) e).body()).toList();
    }

    @Test
    void sourcesGetTheMergedStatusAndALinkAndTheTargetALinkToEach() {
        Case target = open(ANNA, "VPN drops");
        Case first = open(ANNA, "VPN drops again");
        Case second = open(BOB, "VPN keeps dropping");
        cases.execute(ALICE, new Assign(second.id(), Owner.agent(ALICE)));

        Case merged = cases.execute(ALICE, new Merge(target.id(), List.of(first.id(), second.id()), Optional.of("One VPN problem")));

        assertThat(merged).isEqualTo(stored(target));
        assertThat(merged.linked(LinkKind.MERGED_FROM)).containsExactly(first.id(), second.id());
        assertThat(merged.version()).isEqualTo(target.version() + 1);
        for (Case source : List.of(stored(first), stored(second))) {
            assertThat(source.statusReason()).isEqualTo("430");
            assertThat(source.state()).isEqualTo(CaseState.CANCELLED);
            assertThat(source.mergedInto()).hasValueSatisfying(l -> assertThat(l.other()).isEqualTo(target.id()));
            assertThat(source.mergedInto().orElseThrow().since()).isEqualTo(portal.clock.instant());
        }
        assertThat(comments(cases.timeline(ALICE, target.id()))).containsExactly("One VPN problem");
    }

    @Test
    void aMergedCaseTakesNoChangeAndTheErrorNamesTheTarget() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");
        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));
        Case merged = stored(source);
        List<CaseEvent> events = portal.store.events(source.id());

        for (CaseCommand command : List.of(new ChangeTitle(source.id(), "New title"), new Reopen(source.id()),
                new Assign(source.id(), Owner.agent(ALICE)), new ChangeStatus(source.id(), "200"), new ChangePriority(source.id(), "P1"),
                new Merge(target.id(), List.of(source.id())), new Merge(source.id(), List.of(open(ANNA, "other").id())))) {
            assertThatThrownBy(() -> cases.execute(ALICE, command)).as("%s", command)
                    .isInstanceOfSatisfying(CaseMergedException.class, e -> assertThat(e.target()).isEqualTo(target.id()));
        }
        assertThat(stored(source)).isEqualTo(merged);
        assertThat(portal.store.events(source.id())).isEqualTo(events);
    }

    @Test
    void aCommentOnAMergedCaseLandsOnTheTarget() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(BOB, "VPN drops again");
        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));
        Case merged = stored(source);

        Case result = cases.execute(BOB, new AddComment(source.id(), "Still dropping", Visibility.PUBLIC));

        assertThat(result.id()).isEqualTo(target.id());
        assertThat(stored(source)).isEqualTo(merged);
        assertThat(comments(portal.store.events(target.id()))).containsExactly("Still dropping");
        assertThat(portal.store.events(target.id())).filteredOn(e -> e instanceof CommentAdded)
                .singleElement().satisfies(e -> assertThat(e.header().actor().id()).isEqualTo(BOB));
    }

    @Test
    void theTargetsTimelineShowsTheSourcesCommentsInTimeOrderMarkedWithTheirOrigin() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");
        cases.execute(ANNA, new AddComment(source.id(), "first, on the source", Visibility.PUBLIC));
        portal.clock.advance(Duration.ofMinutes(1));
        cases.execute(ALICE, new AddComment(target.id(), "second, on the target", Visibility.PUBLIC));
        portal.clock.advance(Duration.ofMinutes(1));
        cases.execute(ALICE, new AddComment(source.id(), "third, internal, on the source", Visibility.INTERNAL));
        portal.clock.advance(Duration.ofMinutes(1));

        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));

        List<CaseEvent> agentView = cases.timeline(ALICE, target.id());
        assertThat(comments(agentView)).containsExactly("first, on the source", "second, on the target", "third, internal, on the source");
        assertThat(agentView).filteredOn(e -> e instanceof CommentAdded).extracting(e -> e.header().caseId())
                .containsExactly(source.id(), target.id(), source.id());
        assertThat(agentView).extracting(e -> e.header().at()).isSorted();
        assertThat(agentView).filteredOn(e -> e instanceof io.casekit.spi.event.CaseOpened).extracting(e -> e.header().caseId())
                .as("the source's opening, with its description and files, shows too").containsExactly(target.id(), source.id());
        assertThat(comments(cases.timeline(ANNA, target.id()))).containsExactly("first, on the source", "second, on the target");
    }

    @Test
    void mergingAcrossCustomersIntoAClosedCaseOrIntoItselfIsRefusedAndChangesNothing() {
        Case target = open(ANNA, "VPN drops");
        Case foreign = open(GINA, "Printer jams");
        Case source = open(ANNA, "VPN drops again");

        assertThatThrownBy(() -> cases.execute(ALICE, new Merge(target.id(), List.of(source.id(), foreign.id()))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("sources[1]", "SameCustomer")));
        assertThatThrownBy(() -> cases.execute(ALICE, new Merge(target.id(), List.of(target.id()))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("NotTarget"));
        cases.execute(ALICE, new Cancel(target.id()));
        Case cancelled = stored(target);
        assertThatThrownBy(() -> cases.execute(ALICE, new Merge(target.id(), List.of(source.id()))))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("open cases only");

        assertThat(stored(target)).isEqualTo(cancelled);
        assertThat(stored(source).version()).isEqualTo(1);
        assertThat(stored(foreign).version()).isEqualTo(1);
    }

    @Test
    void aSourceThatCannotMoveToTheMergedStatusRefusesTheWholeMerge() {
        Case target = open(ANNA, "VPN drops");
        Case good = open(ANNA, "VPN drops again");
        Case closed = open(ANNA, "VPN dropped once");
        cases.execute(ALICE, new Cancel(closed.id()));

        assertThatThrownBy(() -> cases.execute(ALICE, new Merge(target.id(), List.of(good.id(), closed.id()))))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(stored(target).version()).isEqualTo(1);
        assertThat(stored(good).version()).isEqualTo(1);
        assertThat(stored(good).mergedInto()).isEmpty();
    }

    @Test
    void contactsMayNotMergeAndNobodyMovesToTheMergedStatusWithoutAMerge() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");

        assertThatThrownBy(() -> cases.execute(ANNA, new Merge(target.id(), List.of(source.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.execute(ALICE, new ChangeStatus(source.id(), "430")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("merge only");
        assertThat(stored(source).version()).isEqualTo(1);
    }

    @Test
    void anUnmergeWithinTheWindowRestoresTheSourceAsItWas() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");
        Case before = cases.execute(ALICE, new Assign(source.id(), Owner.agent(ALICE)));
        cases.execute(ANNA, new AddComment(source.id(), "on the source", Visibility.PUBLIC));
        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));
        portal.clock.advance(Duration.ofDays(7).minusSeconds(1));

        Case restored = cases.execute(ALICE, new Unmerge(source.id()));

        assertThat(restored.statusReason()).isEqualTo(before.statusReason()).isEqualTo("200");
        assertThat(restored.state()).isEqualTo(CaseState.OPEN);
        assertThat(restored.links()).isEmpty();
        assertThat(stored(target).links()).isEmpty();
        assertThat(comments(cases.timeline(ALICE, target.id()))).isEmpty();
        assertThat(portal.store.events(source.id())).filteredOn(e -> e instanceof StatusChanged).last()
                .satisfies(e -> assertThat(((StatusChanged) e).to()).isEqualTo("200"));
        assertThat(cases.execute(ALICE, new ChangeTitle(source.id(), "accepted again")).title()).isEqualTo("accepted again");
    }

    @Test
    void anUnmergeAfterTheWindowIsRefusedWithAClearError() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");
        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));
        Case merged = stored(source);
        portal.clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> cases.execute(ALICE, new Unmerge(source.id())))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("can be undone for PT168H only");
        assertThatThrownBy(() -> cases.execute(ALICE, new Unmerge(target.id())))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("not merged");
        assertThat(stored(source)).isEqualTo(merged);
    }

    @Test
    void aMergedSourceCanBeFoundByItsNumberAndStaysVisible() {
        Case target = open(ANNA, "VPN drops");
        Case source = open(ANNA, "VPN drops again");
        cases.execute(ALICE, new Merge(target.id(), List.of(source.id())));

        assertThat(cases.getByNumber(ANNA, source.number()).mergedInto().map(l -> l.other())).contains(target.id());
        assertThat(cases.timeline(ANNA, source.id())).isNotEmpty();
        assertThat(cases.get(ANNA, target.id()).linked(LinkKind.MERGED_FROM)).containsExactly(source.id());
    }
}
