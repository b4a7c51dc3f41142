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
package io.casekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration metadata IDEs read: every casekit property is there, typed and described. */
class ConfigurationMetadataTest {

    @Test
    void everyCasekitPropertyHasATypeAndADescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("written by the configuration processor at compile time").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            names.add(name);
            assertThat(property.path("type").asString()).as("the type of %s", name).isNotBlank();
            assertThat(property.path("description").asString()).as("the description of %s", name).isNotBlank().doesNotContain("{@");
        }
        assertThat(names).contains("casekit.definitions", "casekit.customers", "casekit.customers-resource", "casekit.default-definition",
                "casekit.store.migrate", "casekit.mail.host", "casekit.mail.from", "casekit.mail.security", "casekit.scheduler.enabled",
                "casekit.dispatcher.enabled", "casekit.dispatcher.delivery-threads", "casekit.attachments.directory",
                "casekit.health.outbox-max-age", "casekit.health.scheduler-max-lag", "management.health.casekit.enabled");
        assertThat(metadata.get("hints").findValuesAsString("value")).contains("it-services", "erp-consultancy", "STARTTLS");
    }
}
