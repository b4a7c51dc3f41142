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
package io.casekit.spi.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One recorded change of a profile: who changed which parts, when, from what to what.
 *
 * @param actorId the contact whose profile changed
 * @param changedBy the actor who changed it: the contact itself or an agent
 * @param changedAt when
 * @param fields the parts that changed, at least one
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ProfileChange(String actorId, String changedBy, Instant changedAt, List<ChangedField> fields) {

    /**
     * Checks the components and copies the list.
     *
     * @param actorId the contact whose profile changed
     * @param changedBy who changed it
     * @param changedAt when
     * @param fields the parts that changed, at least one
     * @throws IllegalArgumentException if a text is blank or no field changed
     */
    public ProfileChange {
        Checks.notBlank(actorId, "actorId");
        Checks.notBlank(changedBy, "changedBy");
        Checks.notNull(changedAt, "changedAt");
        fields = List.copyOf(Checks.notNull(fields, "fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a profile change changes at least one field");
        }
    }

    /**
     * One part of a profile that changed, as text; an empty text means "not set".
     *
     * @param name the part: {@code displayName}, {@code language}, {@code phone}, {@code channels} or {@code mutedTriggers}
     * @param before its value before
     * @param after its value after
     */
    public record ChangedField(String name, String before, String after) {

        /**
         * Checks the components.
         *
         * @param name the part
         * @param before its value before
         * @param after its value after, different
         * @throws IllegalArgumentException if the name is blank or nothing changed
         */
        public ChangedField {
            Checks.notBlank(name, "name");
            Checks.notNull(before, "before");
            Checks.notNull(after, "after");
            if (before.equals(after)) {
                throw new IllegalArgumentException(name + " did not change");
            }
        }
    }
}
