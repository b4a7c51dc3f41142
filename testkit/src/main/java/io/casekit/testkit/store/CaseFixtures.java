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
package io.casekit.testkit.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.event.CaseChange;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseCommit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Builds cases and commits for store tests, without the engine: a store contract must not depend
 * on core. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseFixtures {

    /** The actor the fixtures record. */
    public static final ActorRef AGENT = new ActorRef(ActorKind.AGENT, "agent-1");

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private CaseFixtures() {}

    /** {@return a fresh, unique case id (a random UUID)} */
    public static CaseId newId() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /**
     * The commit that opens a case with the given id and number: an open P3 incident of customer
     * {@code CUST-1}, contact {@code contact-1}, in status {@code 100}, with a text and a number
     * custom field, opened by {@link #AGENT} at 2026-01-05T09:00Z.
     *
     * @param id the new case's id
     * @param number the new case's number
     * @return the commit: the case at version 1, expecting version 0, with one {@link CaseOpened} event
     */
    public static CaseCommit open(CaseId id, String number) {
        Case opened = Case.builder()
                .id(id)
                .number(number)
                .definition(new DefinitionRef("contract", 1))
                .title("VPN drops every few minutes")
                .description("Since the last client update the VPN disconnects.")
                .customerId("CUST-1")
                .contactId(Optional.of("contact-1"))
                .endUserName(Optional.of("Jan Peeters"))
                .caseType("Incident")
                .priority("P3")
                .status("100", CaseState.OPEN)
                .customFields(Map.of("product", new FieldValue.Text("ERP"), "hours", new FieldValue.Number(new BigDecimal("2.5"))))
                .createdAt(T0)
                .committed(1, T0, 1)
                .build();
        return new CaseCommit(opened, 0, List.of(new CaseOpened(new EventHeader(id, 1, 1, T0, AGENT), opened)));
    }

    /**
     * A commit that changes the title of {@code before}, as {@link #change} makes it.
     *
     * @param before the case as last committed
     * @param title the new title
     * @return the commit, expecting the version of {@code before}, with one {@link TitleChanged} event
     */
    public static CaseCommit retitle(Case before, String title) {
        return change(before, h -> new TitleChanged(h, before.title(), title));
    }

    /**
     * A commit with a public comment and a status change in one, as the engine makes for a guarded
     * move; made as {@link #change} makes it.
     *
     * @param before the case as last committed
     * @param comment the public comment's text
     * @param status the status reason the case moves to
     * @param state the state that status reason belongs to
     * @return the commit, expecting the version of {@code before}, with a {@link CommentAdded} and a
     *     {@link StatusChanged} event
     */
    public static CaseCommit commentAndMove(Case before, String comment, String status, CaseState state) {
        return change(before,
                h -> new CommentAdded(h, "C" + h.sequence(), comment, Visibility.PUBLIC),
                h -> new StatusChanged(h, before.statusReason(), status, before.state(), state, StatusChanged.Cause.REQUESTED));
    }

    /**
     * A commit of the given events on top of {@code before}, one second after its last change, by
     * {@link #AGENT}. Each event is applied to the case in turn.
     *
     * @param before the case as last committed
     * @param events each makes one event from the header it is given (the case, the next sequence
     *     number, the next version, the time, the actor), in order; at least one
     * @return the commit: the case after the events, expecting the version of {@code before}
     */
    @SafeVarargs
    public static CaseCommit change(Case before, Function<EventHeader, ? extends CaseChange>... events) {
        Instant at = before.modifiedAt().plusSeconds(1);
        Case state = before;
        List<CaseEvent> recorded = new ArrayList<>();
        for (Function<EventHeader, ? extends CaseChange> event : events) {
            CaseChange change = event.apply(new EventHeader(before.id(), state.eventCount() + 1, before.version() + 1, at, AGENT));
            state = change.applyTo(state);
            recorded.add(change);
        }
        return new CaseCommit(state, before.version(), recorded);
    }
}
