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

import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CaseUnlinked;
import io.casekit.spi.event.CaseTypeChanged;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.CustomFieldChanged;
import io.casekit.spi.event.DescriptionChanged;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Visibility;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The one place that maps {@link CaseEvent}s to JSON and back. A stored event is its header (kept in
 * columns: case, sequence, version, time, actor) plus a payload document that starts with a {@code
 * "kind"} discriminator and holds the event's own fields.
 *
 * <p>To store a new event type, add one {@link #mapping} line below: its kind (a stable name that is
 * written to the database, so never rename it), how to write its fields, how to read them back.
 * {@code EventCodecTest} fails for any permitted {@link CaseEvent} record without a mapping.
 *
 * <p>Stateless; thread-safe.
 */
public final class EventCodec {

    /** A mapping of one event type. */
    private record Mapping<E extends CaseEvent>(
            String kind, Class<E> type, BiConsumer<E, JsonWriter> writer, BiFunction<EventHeader, JsonObject, E> reader) {

        void write(CaseEvent event, JsonWriter w) {
            writer.accept(type.cast(event), w);
        }
    }

    private static final Map<Class<?>, Mapping<?>> BY_TYPE = new HashMap<>();
    private static final Map<String, Mapping<?>> BY_KIND = new LinkedHashMap<>();

    static {
        mapping("CaseOpened", CaseOpened.class,
                (e, w) -> {
                    w.name("opened");
                    ValueCodec.writeCase(w, e.opened());
                    ValueCodec.writeAttachments(w, e.attachments());
                },
                (h, o) -> new CaseOpened(h, ValueCodec.readCase(o.object("opened")), ValueCodec.readAttachments(o)));
        mapping("TitleChanged", TitleChanged.class,
                (e, w) -> w.field("from", e.from()).field("to", e.to()),
                (h, o) -> new TitleChanged(h, o.string("from"), o.string("to")));
        mapping("DescriptionChanged", DescriptionChanged.class,
                (e, w) -> {
                    w.field("from", e.from()).field("to", e.to());
                    e.toHtml().ifPresent(html -> w.field("toHtml", html)); // absent without formatting, as before it existed
                },
                (h, o) -> new DescriptionChanged(h, o.string("from"), o.string("to"), o.optionalString("toHtml")));
        mapping("PriorityChanged", PriorityChanged.class,
                (e, w) -> w.field("from", e.from()).field("to", e.to()),
                (h, o) -> new PriorityChanged(h, o.string("from"), o.string("to")));
        mapping("CaseTypeChanged", CaseTypeChanged.class,
                (e, w) -> w.field("from", e.from()).field("to", e.to()),
                (h, o) -> new CaseTypeChanged(h, o.string("from"), o.string("to")));
        mapping("CustomFieldChanged", CustomFieldChanged.class,
                (e, w) -> {
                    w.field("field", e.field()).name("from");
                    FieldCodec.writeOptionalFieldValue(w, e.from());
                    w.name("to");
                    FieldCodec.writeOptionalFieldValue(w, e.to());
                },
                (h, o) -> new CustomFieldChanged(h, o.string("field"), optionalFieldValue(o, "from"), optionalFieldValue(o, "to")));
        mapping("StatusChanged", StatusChanged.class,
                (e, w) -> w.field("from", e.from()).field("to", e.to())
                        .field("fromState", e.fromState().name()).field("toState", e.toState().name())
                        .field("cause", e.cause().name()),
                (h, o) -> new StatusChanged(h, o.string("from"), o.string("to"), o.enumValue("fromState", CaseState.class),
                        o.enumValue("toState", CaseState.class), o.enumValue("cause", StatusChanged.Cause.class)));
        mapping("StageChanged", StageChanged.class,
                (e, w) -> w.optionalField("from", e.from()).field("to", e.to()),
                (h, o) -> new StageChanged(h, o.optionalString("from"), o.string("to")));
        mapping("CommentAdded", CommentAdded.class,
                (e, w) -> {
                    w.field("commentId", e.commentId()).field("body", e.body()).field("visibility", e.visibility().name());
                    e.html().ifPresent(html -> w.field("html", html)); // absent without formatting, as before it existed
                    ValueCodec.writeAttachments(w, e.attachments());
                },
                (h, o) -> new CommentAdded(h, o.string("commentId"), o.string("body"), o.enumValue("visibility", Visibility.class),
                        ValueCodec.readAttachments(o), o.optionalString("html")));
        mapping("Assigned", Assigned.class,
                (e, w) -> {
                    w.name("from");
                    ValueCodec.writeOwner(w, e.from());
                    w.name("to");
                    ValueCodec.writeOwner(w, e.to());
                },
                (h, o) -> new Assigned(h, ValueCodec.readOwner(o.optionalObject("from")), ValueCodec.readOwner(o.optionalObject("to"))));
        mapping("SlaChanged", SlaChanged.class,
                (e, w) -> {
                    w.field("change", e.change().name()).name("sla");
                    SlaCodec.writeSla(w, e.sla());
                },
                (h, o) -> new SlaChanged(h, o.enumValue("change", SlaChanged.Change.class), SlaCodec.readSla(o.object("sla"))));
        mapping("CaseLinked", CaseLinked.class,
                (e, w) -> {
                    w.name("link");
                    ValueCodec.writeLink(w, e.link());
                },
                (h, o) -> new CaseLinked(h, ValueCodec.readLink(o.object("link"))));
        mapping("CaseUnlinked", CaseUnlinked.class,
                (e, w) -> w.field("linkKind", e.kind().name()).field("other", e.other().value()),
                (h, o) -> new CaseUnlinked(h, o.enumValue("linkKind", LinkKind.class), new CaseId(o.string("other"))));
        mapping("Escalated", Escalated.class,
                (e, w) -> w.field("from", e.from()).field("to", e.to()).field("cause", e.cause().name()),
                (h, o) -> new Escalated(h, o.intValue("from"), o.intValue("to"), o.enumValue("cause", Escalated.Cause.class)));
        mapping("ApprovalRequested", ApprovalRequested.class,
                (e, w) -> w.field("approval", e.kind()).optionalField("subject", e.subject()).optionalField("comment", e.comment()),
                (h, o) -> new ApprovalRequested(h, o.string("approval"), o.optionalString("subject"), o.optionalString("comment")));
        mapping("ApprovalGranted", ApprovalGranted.class,
                (e, w) -> w.field("approval", e.kind()).optionalField("subject", e.subject()),
                (h, o) -> new ApprovalGranted(h, o.string("approval"), o.optionalString("subject")));
        mapping("ApprovalRefused", ApprovalRefused.class,
                (e, w) -> w.field("approval", e.kind()).optionalField("subject", e.subject()).field("reason", e.reason()),
                (h, o) -> new ApprovalRefused(h, o.string("approval"), o.optionalString("subject"), o.string("reason")));
    }

    private EventCodec() {}

    private static <E extends CaseEvent> void mapping(String kind, Class<E> type, BiConsumer<E, JsonWriter> writer,
            BiFunction<EventHeader, JsonObject, E> reader) {
        Mapping<E> mapping = new Mapping<>(kind, type, writer, reader);
        if (BY_TYPE.put(type, mapping) != null || BY_KIND.put(kind, mapping) != null) {
            throw new IllegalStateException("event type or kind mapped twice: " + type.getName() + " / " + kind);
        }
    }

    private static Optional<FieldValue> optionalFieldValue(JsonObject o, String key) {
        return o.optionalObject(key).map(FieldCodec::readFieldValue);
    }

    private static Mapping<?> mappingOf(CaseEvent event) {
        Mapping<?> mapping = BY_TYPE.get(event.getClass());
        if (mapping == null) {
            throw new IllegalArgumentException("the JDBC store cannot store events of type " + event.getClass().getName()
                    + " yet: add its mapping to " + EventCodec.class.getName());
        }
        return mapping;
    }

    /** The stable name of the event's type, as stored in the {@code kind} column and the payload. */
    public static String kind(CaseEvent event) {
        return mappingOf(event).kind();
    }

    /** Every kind the codec knows, in mapping order. */
    public static Set<String> kinds() {
        return Collections.unmodifiableSet(BY_KIND.keySet());
    }

    /** Whether the codec can store events of this type. */
    public static boolean maps(Class<?> type) {
        return BY_TYPE.containsKey(type);
    }

    /** The event's payload: {@code {"kind":..., <its fields>}}; the header is not part of it. */
    public static String payload(CaseEvent event) {
        Mapping<?> mapping = mappingOf(event);
        JsonWriter w = new JsonWriter().beginObject().field("kind", mapping.kind());
        mapping.write(event, w);
        return w.endObject().toString();
    }

    /**
     * Reads a stored event back.
     *
     * @param header the header, from the event's columns
     * @param kind the {@code kind} column
     * @param payload the payload document
     * @throws JsonException if the payload is not what {@link #payload} writes for this kind
     */
    public static CaseEvent decode(EventHeader header, String kind, String payload) {
        Mapping<?> mapping = BY_KIND.get(kind);
        if (mapping == null) {
            throw new JsonException("unknown event kind \"" + kind + "\" (written by a newer Casekit?); known: " + BY_KIND.keySet());
        }
        JsonObject o = JsonObject.parse(payload);
        String written = o.string("kind");
        if (!written.equals(kind)) {
            throw new JsonException("event payload of kind \"" + written + "\" stored as kind \"" + kind + "\"");
        }
        CaseEvent event = ValueCodec.build(o, () -> mapping.reader().apply(header, o));
        o.done();
        return event;
    }
}
