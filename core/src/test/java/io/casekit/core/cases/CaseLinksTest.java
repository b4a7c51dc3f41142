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
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Parent and child cases, and follow-ups of closed cases (guide 000, 220). */
class CaseLinksTest {

    private static Case open(Portal portal, String contact, String title) {
        return portal.open(contact, OpenCase.builder().title(title).description("About " + title)
                .caseType("Incident").customField("expertiseDomain", "MWI").build());
    }

    private static Case stored(Portal portal, Case c) {
        return portal.store.find(c.id()).orElseThrow();
    }

    /** The it-services preset with another parent-close rule. */
    private static WorkflowDefinition itServicesWith(String parentClose) {
        try (InputStream in = CaseLinksTest.class.getResourceAsStream("/io/casekit/core/workflow/presets/it-services.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("parentClose: BLOCK");
            return WorkflowDefinitions.fromYaml(yaml.replace("parentClose: BLOCK", "parentClose: " + parentClose));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class ParentAndChild {

        private final Portal portal = new Portal("it-services");
        private final CaseService cases = portal.cases();

        @Test
        void aLinkIsRecordedOnBothCases() {
            Case parent = open(portal, ANNA, "Office move");
            Case child = open(portal, ANNA, "Move the printers");

            Case linked = cases.execute(ALICE, new Link(child.id(), parent.id(), LinkKind.PARENT));

            assertThat(linked.linked(LinkKind.PARENT)).containsExactly(parent.id());
            assertThat(stored(portal, parent).linked(LinkKind.CHILD)).containsExactly(child.id());
            assertThat(portal.store.events(parent.id())).last().isInstanceOf(CaseLinked.class);
            assertThat(cases.execute(ALICE, new Link(child.id(), parent.id(), LinkKind.PARENT))).isEqualTo(linked);
        }

        @Test
        void linksBetweenCustomersToItselfInCirclesOrByContactsAreRefused() {
            Case parent = open(portal, ANNA, "Office move");
            Case child = open(portal, ANNA, "Move the printers");
            Case foreign = open(portal, GINA, "Globex printers");
            cases.execute(ALICE, new Link(child.id(), parent.id(), LinkKind.PARENT));
            Case parentBefore = stored(portal, parent);
            Case childBefore = stored(portal, child);

            assertThatThrownBy(() -> cases.execute(ALICE, new Link(foreign.id(), parent.id(), LinkKind.PARENT)))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).contains("SameCustomer"));
            assertThatThrownBy(() -> cases.execute(ALICE, new Link(parent.id(), parent.id(), LinkKind.PARENT)))
                    .isInstanceOf(CommandValidationException.class);
            assertThatThrownBy(() -> cases.execute(ALICE, new Link(parent.id(), child.id(), LinkKind.PARENT)))
                    .isInstanceOf(CommandValidationException.class);
            assertThatThrownBy(() -> cases.execute(ALICE, new Link(parent.id(), child.id(), LinkKind.MERGED_INTO)))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).containsExactly("ParentOrChild"));
            assertThatThrownBy(() -> cases.execute(ANNA, new Link(foreign.id(), child.id(), LinkKind.PARENT)))
                    .isInstanceOf(AccessDeniedException.class);
            Case grandchild = open(portal, ANNA, "Move the plotter");
            cases.execute(ALICE, new Link(grandchild.id(), child.id(), LinkKind.PARENT));
            assertThatThrownBy(() -> cases.execute(ALICE, new Link(parent.id(), grandchild.id(), LinkKind.PARENT)))
                    .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule).contains("NoCycle"));

            assertThat(stored(portal, parent)).isEqualTo(parentBefore);
            assertThat(stored(portal, child).linked(LinkKind.PARENT)).isEqualTo(childBefore.linked(LinkKind.PARENT));
        }

        @Test
        void unlinkRemovesTheLinkFromBothCases() {
            Case parent = open(portal, ANNA, "Office move");
            Case child = open(portal, ANNA, "Move the printers");
            cases.execute(ALICE, new Link(parent.id(), child.id(), LinkKind.CHILD));

            Case unlinked = cases.execute(ALICE, new Unlink(child.id(), parent.id(), LinkKind.PARENT));

            assertThat(unlinked.links()).isEmpty();
            assertThat(stored(portal, parent).links()).isEmpty();
            assertThatThrownBy(() -> cases.execute(ALICE, new Unlink(child.id(), parent.id(), LinkKind.PARENT)))
                    .isInstanceOf(CommandValidationException.class);
        }

        @Test
        void closingAParentWithOpenChildrenIsBlockedUntilTheyAreClosed() {
            Case parent = open(portal, ANNA, "Office move");
            Case child = open(portal, ANNA, "Move the printers");
            cases.execute(ALICE, new Link(child.id(), parent.id(), LinkKind.PARENT));
            cases.execute(ALICE, new Assign(parent.id(), Owner.agent(ALICE)));
            Case before = stored(portal, parent);

            assertThatThrownBy(() -> cases.execute(ALICE, new Close(parent.id())))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining(child.number());
            assertThat(stored(portal, parent)).isEqualTo(before);

            cases.execute(ALICE, new Cancel(child.id()));
            assertThat(cases.execute(ALICE, new Close(parent.id())).state()).isEqualTo(CaseState.RESOLVED);
        }

        @Test
        void closingAParentClosesItsOpenChildrenWhenTheDefinitionCascades() {
            Portal cascading = new Portal(itServicesWith("CASCADE"));
            Case parent = open(cascading, ANNA, "Office move");
            Case child = open(cascading, ANNA, "Move the printers");
            Case grandchild = open(cascading, ANNA, "Move the plotter");
            Case done = open(cascading, ANNA, "Move the desks");
            cascading.cases().execute(ALICE, new Link(child.id(), parent.id(), LinkKind.PARENT));
            cascading.cases().execute(ALICE, new Link(grandchild.id(), child.id(), LinkKind.PARENT));
            cascading.cases().execute(ALICE, new Link(done.id(), parent.id(), LinkKind.PARENT));
            cascading.cases().execute(ALICE, new Cancel(done.id()));
            cascading.cases().execute(ALICE, new Assign(parent.id(), Owner.agent(ALICE)));
            Case doneBefore = stored(cascading, done);

            Case closed = cascading.cases().execute(ALICE, new Close(parent.id()));

            assertThat(closed.statusReason()).isEqualTo("450");
            assertThat(stored(cascading, child).statusReason()).isEqualTo("450");
            assertThat(stored(cascading, grandchild).statusReason()).isEqualTo("450");
            assertThat(stored(cascading, done)).isEqualTo(doneBefore);
        }
    }

    @Nested
    class ParentClosedByTheFeedbackWindow {

        private Case resolvedParentWithAnOpenChild(Portal portal) {
            Case parent = open(portal, ANNA, "Office move");
            Case child = open(portal, ANNA, "Move the printers");
            portal.cases().execute(ALICE, new Link(parent.id(), child.id(), LinkKind.CHILD));
            portal.cases().execute(ALICE, new Assign(parent.id(), Owner.agent(ALICE)));
            portal.cases().execute(ALICE, new Resolve(parent.id(), "Everything moved"));
            portal.clock.advance(java.time.Duration.ofDays(7).plusMinutes(1));
            portal.casekit.scheduler().runDue();
            return parent;
        }

        @Test
        void aBlockingDefinitionLeavesTheParentWaitingForItsChildren() {
            Portal portal = new Portal("it-services");

            Case parent = resolvedParentWithAnOpenChild(portal);

            assertThat(stored(portal, parent).statusReason()).isEqualTo("410");
        }

        @Test
        void aCascadingDefinitionClosesTheChildrenWithTheParent() {
            Portal portal = new Portal(itServicesWith("CASCADE"));

            Case parent = resolvedParentWithAnOpenChild(portal);

            Case closed = stored(portal, parent);
            assertThat(closed.statusReason()).isEqualTo("450");
            assertThat(portal.store.find(closed.linked(LinkKind.CHILD).get(0)).orElseThrow().statusReason()).isEqualTo("450");
        }
    }

    @Nested
    class FollowUp {

        private final Portal portal = new Portal("it-services");
        private final CaseService cases = portal.cases();

        private Case closedCase() {
            Case c = open(portal, ANNA, "VPN drops");
            cases.execute(ALICE, new Assign(c.id(), Owner.agent(ALICE)));
            cases.execute(ALICE, new Resolve(c.id(), "New VPN client installed"));
            return cases.execute(ALICE, new Close(c.id()));
        }

        @Test
        void feedbackOnAClosedCaseOpensANewCaseIn220LinkedToIt() {
            Case closed = closedCase();

            Case followUp = cases.execute(ANNA, new AddComment(closed.id(), "It drops again since Monday", Visibility.PUBLIC));

            assertThat(followUp.id()).isNotEqualTo(closed.id());
            assertThat(followUp.statusReason()).isEqualTo("220");
            assertThat(followUp.description()).isEqualTo("It drops again since Monday");
            assertThat(followUp.customerId()).isEqualTo("ACME");
            assertThat(followUp.contactId()).contains(ANNA);
            assertThat(followUp.linked(LinkKind.FOLLOW_UP_OF)).containsExactly(closed.id());
            Case old = stored(portal, closed);
            assertThat(old.linked(LinkKind.FOLLOWED_UP_BY)).containsExactly(followUp.id());
            assertThat(old.statusReason()).isEqualTo("450");
            assertThat(portal.store.events(followUp.id()).get(0)).isInstanceOf(CaseOpened.class);
            assertThat(portal.store.find(followUp.id())).contains(followUp);
        }

        @Test
        void agentsAndInternalCommentsStillCannotCommentOnAClosedCase() {
            Case closed = closedCase();

            assertThatThrownBy(() -> cases.execute(ALICE, new AddComment(closed.id(), "note", Visibility.PUBLIC)))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(stored(portal, closed)).isEqualTo(closed);
        }
    }
}
