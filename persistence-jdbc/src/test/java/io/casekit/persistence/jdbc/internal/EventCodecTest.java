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
package io.casekit.persistence.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaPause;
import io.casekit.spi.model.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final EventHeader HEADER = new EventHeader(new CaseId("c-1"), 2, 2, EventSamples.T0, ActorRef.SYSTEM);

    private static CaseEvent roundTrip(CaseEvent event) {
        return EventCodec.decode(event.header(), EventCodec.kind(event), EventCodec.payload(event));
    }

    @ParameterizedTest
    @ValueSource(strings = {EventSamples.NASTY_WITH_NUL, "plain", " ", "\"", "\\", "{}", "null"})
    void everyEventRoundTripsExactly(String text) {
        List<CaseEvent> events = EventSamples.everyEvent(text);

        for (CaseEvent event : events) {
            assertThat(roundTrip(event)).as("%s", event).isEqualTo(event);
        }
    }

    @Test
    void everyEventTypeOfTheSpiHasAMappingAndASample() {
        Set<Class<?>> permitted = records(CaseEvent.class);
        Set<Class<?>> sampled = EventSamples.everyEvent("x").stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(permitted).isNotEmpty().allSatisfy(type -> assertThat(EventCodec.maps(type))
                .as("%s has a mapping in EventCodec", type.getSimpleName()).isTrue());
        assertThat(sampled).as("EventSamples.everyEvent covers every event type").containsExactlyInAnyOrderElementsOf(permitted);
    }

    /** Every record that implements the sealed type, following sealed sub-interfaces. */
    private static Set<Class<?>> records(Class<?> sealed) {
        Set<Class<?>> result = new HashSet<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                result.add(sub);
            } else {
                result.addAll(records(sub));
            }
        }
        return result;
    }

    @Test
    void kindsAreStableNames() {
        // stored in every database: renaming one orphans the stored events
        assertThat(EventCodec.kinds()).containsExactly("CaseOpened", "TitleChanged", "DescriptionChanged", "PriorityChanged",
                "CaseTypeChanged", "CustomFieldChanged", "StatusChanged", "StageChanged", "CommentAdded", "Assigned", "SlaChanged",
                "CaseLinked", "CaseUnlinked", "Escalated", "ApprovalRequested", "ApprovalGranted", "ApprovalRefused");
    }

    @Test
    void thePayloadLeadsWithItsKindAndLeavesTheHeaderToTheColumns() {
        StageChanged event = new StageChanged(HEADER, Optional.empty(), "Testing");

        assertThat(EventCodec.payload(event)).isEqualTo("{\"kind\":\"StageChanged\",\"from\":null,\"to\":\"Testing\"}");
        assertThat(EventCodec.kind(event)).isEqualTo("StageChanged");
    }

    @Test
    void theOpeningCarriesTheWholeCaseWithEveryDigitOfItsInstants() {
        Instant nanos = Instant.parse("2026-03-02T08:15:30.123456789Z");
        Case rich = EventSamples.richCase(new CaseId("c-1"), "CAS-1", "x").toBuilder().createdAt(nanos).committed(1, nanos, 1).build();
        CaseOpened opened = new CaseOpened(new EventHeader(rich.id(), 1, 1, nanos, ActorRef.SYSTEM), rich);

        String payload = EventCodec.payload(opened);

        assertThat(payload).contains("\"customFields\":{").contains("\"slas\":[").contains("\"createdAt\":\"2026-03-02T08:15:30.123456789Z\"");
        assertThat(((CaseOpened) roundTrip(opened)).opened()).isEqualTo(rich);
    }

    @Test
    void anAbsentOptionalReadsAsEmpty() {
        assertThat(EventCodec.decode(HEADER, "StageChanged", "{\"kind\":\"StageChanged\",\"to\":\"Testing\"}"))
                .isEqualTo(new StageChanged(HEADER, Optional.empty(), "Testing"));
    }

    @Test
    void payloadsThatAreNotWhatTheCodecWritesAreRefused() {
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "StageChanged", "{\"kind\":\"StageChanged\",\"to\":\"T\",\"gate\":true}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("unknown key(s) [gate]");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "TitleChanged", "{\"kind\":\"TitleChanged\",\"to\":\"T\"}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("$.from is missing");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "TitleChanged", "{\"kind\":\"StageChanged\",\"from\":\"a\",\"to\":\"T\"}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("stored as kind \"TitleChanged\"");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "CaseMerged", "{\"kind\":\"CaseMerged\"}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("unknown event kind \"CaseMerged\"");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "CommentAdded",
                "{\"kind\":\"CommentAdded\",\"commentId\":\"C1\",\"body\":\"b\",\"visibility\":\"SECRET\"}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("$.visibility must be one of [PUBLIC, INTERNAL]");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "CommentAdded",
                "{\"kind\":\"CommentAdded\",\"commentId\":\" \",\"body\":\"b\",\"visibility\":\"PUBLIC\"}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("commentId must not be blank");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "CustomFieldChanged",
                "{\"kind\":\"CustomFieldChanged\",\"field\":\"f\",\"from\":null,\"to\":{\"type\":\"date\",\"value\":\"x\"}}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("\"date\" is not one of text, choice, bool, number");
        assertThatThrownBy(() -> EventCodec.decode(HEADER, "TitleChanged", "{\"kind\":\"TitleChanged\",\"from\":\"a\",\"to\":\"b\"} x"))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void customFieldsAndSlasHaveTheirOwnDocuments() {
        Case rich = EventSamples.richCase(new CaseId("c-1"), "CAS-1", EventSamples.NASTY_WITH_NUL);

        String fields = FieldCodec.customFieldsJson(rich.customFields());

        assertThat(fields).startsWith("{\"amount\":{\"type\":\"number\",\"value\":-12345678901234567890.000000000123},\"empty\":");
        assertThat(FieldCodec.customFieldsFromJson(fields)).isEqualTo(rich.customFields());
        assertThat(SlaCodec.slasFromJson(SlaCodec.slasJson(rich.slas()))).isEqualTo(rich.slas());
        assertThat(SlaCodec.slasFromJson("[]")).isEmpty();
    }

    @Test
    void everySlaChangeInEveryStateRoundTripsAsAnEventAndAsTheCasesSlas() {
        Instant start = Instant.parse("2026-03-02T08:15:30.123456Z");
        List<SlaInstance> instances = new java.util.ArrayList<>();
        for (SlaState state : SlaState.values()) {
            for (SlaKind kind : SlaKind.values()) {
                List<SlaPause> pauses = state == SlaState.PAUSED
                        ? List.of(new SlaPause(start.plusSeconds(60), Optional.of(start.plusSeconds(120)), "310"),
                                new SlaPause(start.plusSeconds(300), Optional.empty(), "Waiting for customer"))
                        : List.of(new SlaPause(start.plusSeconds(60), Optional.of(start.plusSeconds(120)), "310"));
                boolean active = state.isActive();
                instances.add(new SlaInstance(kind, "gold", "office", start, Duration.ofHours(4).plusNanos(1_000), 75, state,
                        active && state != SlaState.PAUSED ? Optional.of(start.plus(Duration.ofHours(4))) : Optional.empty(),
                        active && state != SlaState.PAUSED ? Optional.of(start.plus(Duration.ofHours(3))) : Optional.empty(),
                        pauses, active ? Optional.empty() : Optional.of(start.plus(Duration.ofHours(5)))));
            }
        }
        for (SlaChanged.Change change : SlaChanged.Change.values()) {
            for (SlaInstance sla : instances) {
                SlaChanged event = new SlaChanged(HEADER, change, sla);
                assertThat(roundTrip(event)).as("%s %s", change, sla).isEqualTo(event);
            }
        }
        assertThat(SlaCodec.slasFromJson(SlaCodec.slasJson(instances))).isEqualTo(instances);
        Case withSlas = EventSamples.plainCase(new CaseId("c-sla"), "CAS-SLA").toBuilder().slas(List.of()).build();
        for (SlaInstance sla : instances.subList(0, SlaKind.values().length)) {
            withSlas = withSlas.toBuilder().sla(sla).build();
        }
        assertThat(withSlas.slas()).hasSize(SlaKind.values().length);
        CaseOpened opened = new CaseOpened(new EventHeader(withSlas.id(), 1, 1, withSlas.createdAt(), ActorRef.SYSTEM), withSlas);
        assertThat(((CaseOpened) roundTrip(opened)).opened().slas()).isEqualTo(withSlas.slas());
    }
}
