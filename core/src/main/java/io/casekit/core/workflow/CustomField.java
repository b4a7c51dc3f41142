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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A field a vendor adds to cases, e.g. {@code releasedIn} (DEV / ACC / TEST / PROD).
 *
 * @param name the field name, as commands and cases use it
 * @param labels the display texts
 * @param type the value type
 * @param allowedValues the allowed values of a {@link FieldType#CHOICE} field, empty otherwise
 * @param required whether a case must have a value when it is opened
 * @param caseTypes the case types that have this field; empty means all
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CustomField(
        String name, Labels labels, FieldType type, List<String> allowedValues, boolean required, Set<String> caseTypes) {

    /**
     * Checks that the parts are present and copies the collections. The codes are checked against the
     * definition when it is built.
     *
     * @param name the field name, as commands and cases use it
     * @param labels the display texts
     * @param type the value type
     * @param allowedValues the allowed values of a {@link FieldType#CHOICE} field, empty otherwise
     * @param required whether a case must have a value when it is opened
     * @param caseTypes the case types that have this field; empty means all
     */
    public CustomField {
        requireNonNull(name, "customField.name");
        requireNonNull(labels, "customField.labels");
        requireNonNull(type, "customField.type");
        allowedValues = List.copyOf(allowedValues);
        caseTypes = Set.copyOf(caseTypes);
    }

    /**
     * An optional field of any case type with an English label.
     *
     * @param name the field's name, as commands and cases use it
     * @param label the English display text
     * @param type the value type
     * @param allowedValues the codes a choice field allows; none for other types
     * @return the field
     */
    public static CustomField of(String name, String label, FieldType type, String... allowedValues) {
        return new CustomField(name, Labels.of("en", label), type, List.of(allowedValues), false, Set.of());
    }

    /** {@return this field, required on the cases that have it: a new one; this one is unchanged} */
    public CustomField asRequired() {
        return new CustomField(name, labels, type, allowedValues, true, caseTypes);
    }

    /**
     * This field, only on the given case types.
     *
     * @param codes the case type codes
     * @return a new one; this one is unchanged
     */
    public CustomField onCaseTypes(String... codes) {
        return new CustomField(name, labels, type, allowedValues, required, Set.of(codes));
    }

    /**
     * Whether cases of the type have this field.
     *
     * @param caseType the case type code
     * @return {@code true} if the field applies to every type or names this one
     */
    public boolean appliesTo(String caseType) {
        return caseTypes.isEmpty() || caseTypes.contains(caseType);
    }
}
