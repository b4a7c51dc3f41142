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
package io.casekit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.persistence.jdbc.internal.EventCodec;
import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.spi.event.CaseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event payloads written by the store's hand-made JSON writer of schema V8 ({@code
 * fixtures/v8-event-payloads.json}, made by {@link V8FixtureWriter}) still read back, field for
 * field, through today's codecs.
 */
class V8PayloadsTest {

    /** The texts whose {@link EventSamples#everyEvent} the fixture holds, in its order. */
    static final List<String> TEXTS = List.of(EventSamples.NASTY_WITH_NUL, "plain", "\"", "\\", "{}", "null");

    static String resource(String name) throws IOException {
        try (InputStream in = V8PayloadsTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPayloadWrittenBeforeJacksonReadsBackAsTheSameEvent() throws IOException {
        JsonNode stored = JsonMapper.builder().build().readTree(resource("v8-event-payloads.json"));
        List<CaseEvent> expected = new ArrayList<>();
        TEXTS.forEach(text -> expected.addAll(EventSamples.everyEvent(text)));

        assertThat(stored.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            CaseEvent event = expected.get(i);
            JsonNode row = stored.get(i);
            assertThat(row.get("kind").asString()).isEqualTo(EventCodec.kind(event));
            assertThat(EventCodec.decode(event.header(), row.get("kind").asString(), row.get("payload").asString()))
                    .as("payload %d (%s)", i, row.get("kind").asString()).isEqualTo(event);
        }
    }
}
