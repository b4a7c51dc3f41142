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

import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of the SPI's value types that events and case rows carry: the whole {@link Case}
 * (in {@code CaseOpened}), links, attachments and {@link Owner}; {@link FieldCodec} maps custom fields and
 * {@link SlaCodec} SLA instances; {@link EventCodec} maps the events themselves.
 *
 * <p>Every reader is strict: a missing or mistyped key, or a key it does not know, is a {@link
 * JsonException} that names the key's path. Optional values are written as {@code null} and read
 * back from {@code null} or an absent key (so that a field added later reads old documents).
 *
 * <p>Stateless; thread-safe.
 */
public final class ValueCodec {

    private ValueCodec() {}

    // ---------------------------------------------------------------------------------------------
    // Case

    /** Writes the whole case as an object. */
    public static void writeCase(JsonWriter w, Case c) {
        w.beginObject()
                .field("id", c.id().value())
                .field("number", c.number())
                .name("definition").beginObject()
                        .field("id", c.definition().id())
                        .field("version", c.definition().version())
                        .endObject()
                .field("title", c.title())
                .field("description", c.description())
                .field("customerId", c.customerId())
                .optionalField("contactId", c.contactId())
                .optionalField("endUserName", c.endUserName())
                .field("caseType", c.caseType())
                .field("priority", c.priority())
                .field("statusReason", c.statusReason())
                .field("state", c.state().name())
                .optionalField("stage", c.stage());
        c.descriptionHtml().ifPresent(html -> w.field("descriptionHtml", html)); // absent without formatting
        w.name("owner");
        writeOwner(w, c.owner());
        if (c.escalationLevel() > 0) {
            w.field("escalationLevel", c.escalationLevel()); // absent: never escalated (and cases written before levels)
        }
        w.name("customFields");
        FieldCodec.writeCustomFields(w, c.customFields());
        w.name("slas");
        SlaCodec.writeSlas(w, c.slas());
        if (!c.links().isEmpty()) { // a case without links is written as before links existed
            w.name("links");
            writeLinks(w, c.links());
        }
        w.field("createdAt", c.createdAt())
                .field("modifiedAt", c.modifiedAt())
                .field("version", c.version())
                .field("eventCount", c.eventCount())
                .endObject();
    }

    /** Reads what {@link #writeCase} wrote. */
    public static Case readCase(JsonObject o) {
        JsonObject definition = o.object("definition");
        DefinitionRef ref = new DefinitionRef(definition.string("id"), definition.intValue("version"));
        definition.done();
        Case c = build(o, () -> Case.builder()
                .id(new CaseId(o.string("id")))
                .number(o.string("number"))
                .definition(ref)
                .title(o.string("title"))
                .description(o.string("description"))
                .descriptionHtml(o.optionalString("descriptionHtml"))
                .customerId(o.string("customerId"))
                .contactId(o.optionalString("contactId"))
                .endUserName(o.optionalString("endUserName"))
                .caseType(o.string("caseType"))
                .priority(o.string("priority"))
                .status(o.string("statusReason"), o.enumValue("state", CaseState.class))
                .stage(o.optionalString("stage"))
                .owner(readOwner(o.optionalObject("owner")))
                .escalationLevel(o.has("escalationLevel") ? o.intValue("escalationLevel") : 0)
                .customFields(FieldCodec.readCustomFields(o.object("customFields")))
                .slas(SlaCodec.readSlas(o.objects("slas")))
                .links(o.has("links") ? readLinks(o.objects("links")) : List.of())
                .createdAt(o.instant("createdAt"))
                .committed(o.longValue("version"), o.instant("modifiedAt"), o.longValue("eventCount"))
                .build());
        o.done();
        return c;
    }

    // ---------------------------------------------------------------------------------------------
    // Links

    /** The links as a JSON document (an array), in the case's order. */
    public static String linksJson(List<CaseLink> links) {
        JsonWriter w = new JsonWriter();
        writeLinks(w, links);
        return w.toString();
    }

    /** Reads a document that {@link #linksJson} wrote. */
    public static List<CaseLink> linksFromJson(String json) {
        return readLinks(JsonObject.parseArray(json));
    }

    /** Writes {@code [{"kind":"MERGED_INTO","other":"...","since":"..."}, ...]}. */
    public static void writeLinks(JsonWriter w, List<CaseLink> links) {
        w.beginArray();
        for (CaseLink link : links) {
            writeLink(w, link);
        }
        w.endArray();
    }

    /** Writes one link as an object. */
    public static void writeLink(JsonWriter w, CaseLink link) {
        w.beginObject().field("kind", link.kind().name()).field("other", link.other().value()).field("since", link.since()).endObject();
    }

    /** Reads what {@link #writeLinks} wrote. */
    public static List<CaseLink> readLinks(List<JsonObject> objects) {
        List<CaseLink> links = new ArrayList<>(objects.size());
        for (JsonObject o : objects) {
            links.add(readLink(o));
        }
        return links;
    }

    /** Reads what {@link #writeLink} wrote. */
    public static CaseLink readLink(JsonObject o) {
        CaseLink link = build(o, () -> new CaseLink(o.enumValue("kind", LinkKind.class), new CaseId(o.string("other")), o.instant("since")));
        o.done();
        return link;
    }

    // ---------------------------------------------------------------------------------------------
    // Attachments

    /**
     * Writes {@code "attachments":[{"id":...,"fileName":...,"contentType":...,"size":...,"sha256":...}]}
     * into the open object, or nothing if there are none (so that an event without attachments is
     * stored as before they existed).
     */
    public static void writeAttachments(JsonWriter w, List<AttachmentMetadata> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        w.name("attachments").beginArray();
        for (AttachmentMetadata a : attachments) {
            w.beginObject().field("id", a.id().value()).field("fileName", a.fileName()).field("contentType", a.contentType())
                    .field("size", a.size()).field("sha256", a.sha256()).endObject();
        }
        w.endArray();
    }

    /** Reads what {@link #writeAttachments} wrote into {@code o}: none if the key is absent. */
    public static List<AttachmentMetadata> readAttachments(JsonObject o) {
        if (!o.has("attachments")) {
            return List.of();
        }
        List<AttachmentMetadata> attachments = new ArrayList<>();
        for (JsonObject a : o.objects("attachments")) {
            attachments.add(new AttachmentMetadata(new AttachmentId(a.string("id")), a.string("fileName"), a.string("contentType"),
                    a.longValue("size"), a.string("sha256")));
            a.done();
        }
        return attachments;
    }

    // ---------------------------------------------------------------------------------------------
    // Owner

    /** Writes the owner as {@code {"kind":"AGENT","id":...}}, or {@code null}. */
    public static void writeOwner(JsonWriter w, Optional<Owner> owner) {
        if (owner.isEmpty()) {
            w.nullValue();
            return;
        }
        w.beginObject().field("kind", ownerKind(owner.get())).field("id", owner.get().id()).endObject();
    }

    /** Reads what {@link #writeOwner} wrote. */
    public static Optional<Owner> readOwner(Optional<JsonObject> o) {
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Owner owner = owner(o.get().string("kind"), o.get().string("id"));
        o.get().done();
        return Optional.of(owner);
    }

    /** The owner's kind as stored: {@code AGENT} or {@code TEAM}. */
    public static String ownerKind(Owner owner) {
        if (owner instanceof Owner.Agent) {
            return "AGENT";
        }
        if (owner instanceof Owner.Team) {
            return "TEAM";
        }
        throw new IllegalArgumentException("unknown owner type " + owner.getClass().getName());
    }

    /** The owner of a stored kind and id. */
    public static Owner owner(String kind, String id) {
        return switch (kind) {
            case "AGENT" -> Owner.agent(id);
            case "TEAM" -> Owner.team(id);
            default -> throw new JsonException("unknown owner kind \"" + kind + "\"; known: AGENT, TEAM");
        };
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Runs a constructor of an SPI value on decoded JSON, turning the value's own check failures
     * (a blank id, a version of 0) into a {@link JsonException} that says where in the document.
     */
    static <T> T build(JsonObject where, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (JsonException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonException(where.path() + " is not a valid value: " + e.getMessage(), e);
        }
    }
}
