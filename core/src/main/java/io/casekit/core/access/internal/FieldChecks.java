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
package io.casekit.core.access.internal;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.text.NoControlCharactersValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects the rules a form of portal access breaks, then throws them all at once, naming each field
 * and rule. Not thread-safe; made per check.
 */
final class FieldChecks {

    /** One address: no blanks, one {@code @}, a dot in the domain; at most 254 characters (RFC 5321). */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]{3,32}");

    private final String form;
    private final List<Violation> violations = new ArrayList<>();

    FieldChecks(String form) {
        this.form = form;
    }

    /** A mail address. */
    FieldChecks email(String field, String value) {
        if (value.length() > 254 || !EMAIL.matcher(value).matches() || !NoControlCharactersValidator.isClean(value, false)) {
            violations.add(new Violation(field, "Email", "must be one mail address (name@domain), at most 254 characters"));
        }
        return this;
    }

    /** One line of visible text, not blank, at most {@code max} characters. */
    FieldChecks line(String field, String value, int max) {
        if (value.isBlank() || value.length() > max || !NoControlCharactersValidator.isClean(value, false)) {
            violations.add(new Violation(field, "Line", "must be 1 to " + max + " characters on one line, not blank"));
        }
        return this;
    }

    /** An optional line: checked as {@link #line} if present. */
    FieldChecks line(String field, Optional<String> value, int max) {
        value.ifPresent(v -> line(field, v, max));
        return this;
    }

    /** Text that may hold line breaks, possibly empty, at most {@code max} characters. */
    FieldChecks text(String field, String value, int max) {
        if (value.length() > max || !NoControlCharactersValidator.isClean(value, true)) {
            violations.add(new Violation(field, "Text", "must be at most " + max + " characters without control characters"));
        }
        return this;
    }

    /** A phone number. */
    FieldChecks phone(String field, String value) {
        if (!PHONE.matcher(value).matches() || value.chars().noneMatch(Character::isDigit)) {
            violations.add(new Violation(field, "Phone", "must be 3 to 32 digits, blanks and + ( ) . / -"));
        }
        return this;
    }

    /** A rule the caller checked itself. */
    FieldChecks require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(field, rule, message));
        }
        return this;
    }

    /** Throws the violations, if any. */
    void throwIfBroken() {
        if (!violations.isEmpty()) {
            throw new CommandValidationException(form, violations);
        }
    }
}
