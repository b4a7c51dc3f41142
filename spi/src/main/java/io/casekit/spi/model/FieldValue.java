package io.casekit.spi.model;

import io.casekit.spi.internal.Checks;
import java.math.BigDecimal;

/**
 * The value of a custom field that a workflow definition declares, typed by the field's type.
 */
public sealed interface FieldValue {

    /** The value as text, as a portal would show it and a store would index it. */
    String text();

    /** Free text. @param value the text */
    record Text(String value) implements FieldValue {
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
