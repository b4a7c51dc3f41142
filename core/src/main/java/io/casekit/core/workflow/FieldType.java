package io.casekit.core.workflow;

/** The type of a custom field, and so the kind of {@link io.casekit.spi.model.FieldValue} it holds. */
public enum FieldType {
    /** Free text. */
    TEXT,
    /** One of the field's allowed values. */
    CHOICE,
    /** Yes or no ({@code true} / {@code false}). */
    BOOLEAN,
    /** A decimal number. */
    NUMBER
}
