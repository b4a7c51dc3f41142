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

import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaPause;
import io.casekit.spi.model.SlaState;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a case's SLA instances with their pause ledgers, in the case row's {@code slas}
 * column, in {@code CaseOpened} and in {@code SlaChanged}. Readers are strict, as {@link
 * ValueCodec}'s. Stateless; thread-safe.
 */
public final class SlaCodec {

    private SlaCodec() {}

    /** The SLA instances as a JSON array document. */
    public static String slasJson(List<SlaInstance> slas) {
        JsonWriter w = new JsonWriter();
        writeSlas(w, slas);
        return w.toString();
    }

    /** Reads a document that {@link #slasJson} wrote. */
    public static List<SlaInstance> slasFromJson(String json) {
        return readSlas(JsonObject.parseArray(json));
    }

    /** Writes the instances as an array, in the case's order. */
    public static void writeSlas(JsonWriter w, List<SlaInstance> slas) {
        w.beginArray();
        for (SlaInstance sla : slas) {
            writeSla(w, sla);
        }
        w.endArray();
    }

    /** Reads what {@link #writeSlas} wrote. */
    public static List<SlaInstance> readSlas(List<JsonObject> objects) {
        List<SlaInstance> slas = new ArrayList<>(objects.size());
        for (JsonObject o : objects) {
            slas.add(readSla(o));
        }
        return slas;
    }

    /** Writes one SLA instance with its pause ledger. */
    public static void writeSla(JsonWriter w, SlaInstance sla) {
        w.beginObject()
                .field("kind", sla.kind().name())
                .field("policy", sla.policy())
                .field("calendar", sla.calendar())
                .field("start", sla.start())
                .field("budget", sla.budget().toString())
                .field("warningPercent", sla.warningPercent())
                .field("state", sla.state().name())
                .optionalInstant("deadline", sla.deadline())
                .optionalInstant("warningAt", sla.warningAt());
        w.name("pauses").beginArray();
        for (SlaPause pause : sla.pauses()) {
            w.beginObject()
                    .field("from", pause.from())
                    .optionalInstant("until", pause.until())
                    .field("statusReason", pause.statusReason())
                    .endObject();
        }
        w.endArray();
        w.optionalInstant("endedAt", sla.endedAt()).endObject();
    }

    /** Reads what {@link #writeSla} wrote. */
    public static SlaInstance readSla(JsonObject o) {
        List<SlaPause> pauses = new ArrayList<>();
        for (JsonObject p : o.objects("pauses")) {
            pauses.add(ValueCodec.build(p, () -> new SlaPause(p.instant("from"), p.optionalInstant("until"), p.string("statusReason"))));
            p.done();
        }
        SlaInstance sla = ValueCodec.build(o, () -> new SlaInstance(
                o.enumValue("kind", SlaKind.class),
                o.string("policy"),
                o.string("calendar"),
                o.instant("start"),
                o.duration("budget"),
                o.intValue("warningPercent"),
                o.enumValue("state", SlaState.class),
                o.optionalInstant("deadline"),
                o.optionalInstant("warningAt"),
                pauses,
                o.optionalInstant("endedAt")));
        o.done();
        return sla;
    }
}
