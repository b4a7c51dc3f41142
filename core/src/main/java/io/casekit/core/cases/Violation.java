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
package io.casekit.core.cases;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.Quoting;
import org.apiguardian.api.API;

/**
 * One rule a command broke.
 *
 * <p>Each part is bounded, since a field name may come from the caller (a custom field's name): the
 * field is cut to {@value #MAX_FIELD} characters, the message to {@value #MAX_MESSAGE} (with a note of
 * the full length, see {@link Quoting#cap}).
 *
 * @param field the command field, e.g. {@code title} or {@code customFields.releasedIn}
 * @param rule the rule's short name, e.g. {@code NotBlank}, {@code Size}, {@code AllowedPriority}
 * @param message what is wrong, for people
 */
@API(status = STABLE, since = "0.1.0")
public record Violation(String field, String rule, String message) {

    /** The most characters of a field name a violation keeps. */
    public static final int MAX_FIELD = 200;

    /** The most characters of a message a violation keeps. */
    public static final int MAX_MESSAGE = 500;

    /**
     * Caps the field and rule at {@value #MAX_FIELD} characters and the message at {@value
     * #MAX_MESSAGE}.
     *
     * @param field the command field, e.g. {@code title} or {@code customFields.releasedIn}
     * @param rule the rule's short name, e.g. {@code NotBlank}, {@code Size}, {@code AllowedPriority}
     * @param message what is wrong, for people
     */
    public Violation {
        field = Quoting.cap(requireNonNull(field, "field"), MAX_FIELD);
        rule = Quoting.cap(requireNonNull(rule, "rule"), MAX_FIELD);
        message = Quoting.cap(requireNonNull(message, "message"), MAX_MESSAGE);
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
