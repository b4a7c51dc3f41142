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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.FieldValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A custom field was set, changed or cleared.
 *
 * @param header the header
 * @param field the field name
 * @param from the old value, empty if unset
 * @param to the new value, empty if cleared
 */
@API(status = STABLE, since = "0.1.0")
public record CustomFieldChanged(EventHeader header, String field, Optional<FieldValue> from, Optional<FieldValue> to) implements CaseChange {

    /**
     * Checks the components.
     *
     * @param header the header
     * @param field the field name
     * @param from the old value, empty if unset
     * @param to the new value, empty if cleared
     * @throws IllegalArgumentException if {@code field} is blank
     */
    public CustomFieldChanged {
        Checks.notNull(header, "header");
        Checks.notBlank(field, "field");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().customFields(with(before.customFields()))
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }

    private Map<String, FieldValue> with(Map<String, FieldValue> fields) {
        Map<String, FieldValue> result = new HashMap<>(fields);
        to.ifPresentOrElse(value -> result.put(field, value), () -> result.remove(field));
        return result;
    }
}
