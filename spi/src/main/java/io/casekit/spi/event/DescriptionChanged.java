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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The description was changed.
 *
 * @param header the header
 * @param from the old description
 * @param to the new description, as plain text
 * @param toHtml the new description as sanitised HTML, if it was written with formatting
 */
@API(status = STABLE, since = "0.1.0")
public record DescriptionChanged(EventHeader header, String from, String to, Optional<String> toHtml) implements CaseChange {

    /**
     * A change to a description without formatting.
     *
     * @param header the header
     * @param from the old description
     * @param to the new description, as plain text
     */
    public DescriptionChanged(EventHeader header, String from, String to) {
        this(header, from, to, Optional.empty());
    }

    /**
     * Checks that every component is present (the descriptions may be empty).
     *
     * @param header the header
     * @param from the old description
     * @param to the new description, as plain text
     * @param toHtml the new description as sanitised HTML, if it was written with formatting
     */
    public DescriptionChanged {
        Checks.notNull(header, "header");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(toHtml, "toHtml");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder().description(to).descriptionHtml(toHtml)
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
