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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The value of a custom field that a workflow definition declares, typed by the field's type.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface FieldValue {

    /**
     * {@return the value as text, as a portal would show it and a store would index it: the text or
     * code itself, {@code true}/{@code false}, or a number in plain notation without trailing zeros}
     */
    String text();

    /** Free text. @param value the text */
    record Text(String value) implements FieldValue {
        /**
         * Checks that the text is present (it may be empty).
         *
         * @param value the text
         */
        public Text {
            Checks.notNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** One of the allowed values of a choice field. @param value the chosen code */
    record Choice(String value) implements FieldValue {
        /**
         * Checks the code.
         *
         * @param value the chosen code
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Choice {
            Checks.notBlank(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** Yes or no. @param value the flag */
    record Bool(boolean value) implements FieldValue {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    /** A decimal number (hours, amounts). @param value the number */
    record Number(BigDecimal value) implements FieldValue {
        /**
         * Keeps the number without its trailing zeros, so that {@code 2.50} and {@code 2.5} are equal.
         *
         * @param value the number
         */
        public Number {
            Checks.notNull(value, "value");
            value = value.stripTrailingZeros();
        }

        @Override
        public String text() {
            return value.toPlainString();
        }
    }
}
