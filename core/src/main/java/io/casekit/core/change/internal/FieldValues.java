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
package io.casekit.core.change.internal;

import io.casekit.core.workflow.CustomField;
import io.casekit.spi.model.FieldValue;
import io.casekit.core.text.NoControlCharactersValidator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Parses the text of a custom field value by the field's type. */
public final class FieldValues {

    private FieldValues() {}

    /**
     * Parses {@code text} for {@code field}, reporting a violation at {@code path} if it does not fit.
     *
     * @return the value, or empty if it was refused
     */
    public static Optional<FieldValue> parse(CustomField field, String text, String path, Violations violations) {
        switch (field.type()) {
            case TEXT:
                if (!NoControlCharactersValidator.isClean(text, false)) {
                    violations.add(path, "NoControlCharacters", "must be a single line without control characters");
                    return Optional.empty();
                }
                return Optional.of(new FieldValue.Text(text));
            case CHOICE:
                if (!field.allowedValues().contains(text)) {
                    violations.add(path, "AllowedValue", "'" + text + "' is not one of " + field.allowedValues());
                    return Optional.empty();
                }
                return Optional.of(new FieldValue.Choice(text));
            case BOOLEAN:
                String lower = text.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    violations.add(path, "Boolean", "must be true or false");
                    return Optional.empty();
                }
                return Optional.of(new FieldValue.Bool(Boolean.parseBoolean(lower)));
            case NUMBER:
                try {
                    BigDecimal number = new BigDecimal(text.trim());
                    if (number.precision() > 30 || Math.abs(number.scale()) > 10) {
                        violations.add(path, "Number", "must have at most 30 digits and 10 decimals");
                        return Optional.empty();
                    }
                    return Optional.of(new FieldValue.Number(number));
                } catch (NumberFormatException e) {
                    violations.add(path, "Number", "'" + text + "' is not a decimal number");
                    return Optional.empty();
                }
            default:
                throw new AssertionError(field.type());
        }
    }
}
