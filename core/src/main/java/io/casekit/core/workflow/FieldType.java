package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The type of a custom field, and so the kind of {@link io.casekit.spi.model.FieldValue} it holds. */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
