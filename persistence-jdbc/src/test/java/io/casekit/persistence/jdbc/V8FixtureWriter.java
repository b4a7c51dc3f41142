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

import io.casekit.persistence.jdbc.internal.EventCodec;
import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.spi.event.CaseEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Wrote the fixtures under {@code src/test/resources/fixtures/} with the store and codecs of schema
 * V8 (commit 1ce035e, before JSON went through Jackson): the rows of {@link V8Sample} as an H2
 * database held them, and the event payloads of {@link EventSamples#everyEvent} (text with U+0000
 * too). Kept to show how they were made; running it again with later code would write what that
 * code writes, which is not the point of the fixtures.
 *
 * <pre>{@code java -cp <test class path> io.casekit.persistence.jdbc.V8FixtureWriter src/test/resources/fixtures}</pre>
 */
final class V8FixtureWriter {

    private V8FixtureWriter() {}

    static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("casekit_sequence", "name");
        tables.put("casekit_case", "id");
        tables.put("casekit_event", "case_id, sequence");
        tables.put("casekit_timer", "case_id, name");
        tables.put("casekit_outbox", "seq");
        return tables;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v8-fixture;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        JdbcCaseStore store = JdbcCaseStore.builder(h2).migrate(true).build();
        V8Sample.writeTo(store);
        try (Connection c = h2.getConnection()) {
            Files.writeString(dir.resolve("v8-rows.json"), RowFixtures.dump(c, TABLES), StandardCharsets.UTF_8);
        }
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode payloads = mapper.createArrayNode();
        for (String text : V8PayloadsTest.TEXTS) {
            for (CaseEvent event : EventSamples.everyEvent(text)) {
                payloads.addObject().put("kind", EventCodec.kind(event)).put("payload", EventCodec.payload(event));
            }
        }
        Files.writeString(dir.resolve("v8-event-payloads.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(payloads)
                + "\n", StandardCharsets.UTF_8);
    }
}
