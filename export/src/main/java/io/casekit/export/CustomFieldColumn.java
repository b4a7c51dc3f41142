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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The column of a custom field that a workflow definition declares. Its header is the field's label
 * in the reader's language; a case whose definition does not declare the field, or that has no value
 * for it, leaves the cell empty. Text and choice values are written as they are (choices have no
 * labels), numbers as numbers, yes/no fields as a boolean cell in xlsx and as yes or no in the
 * reader's language in CSV.
 *
 * @param name the field's name in the workflow definition, e.g. {@code expertiseDomain}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CustomFieldColumn(String name) implements ExportColumn {

    /**
     * Checks the name.
     *
     * @param name the field's name in the workflow definition, e.g. {@code expertiseDomain}
     * @throws InvalidExportException naming the field {@code customField} if the name is blank
     */
    public CustomFieldColumn {
        if (name == null || name.isBlank()) {
            throw new InvalidExportException("customField", "the name of a custom field column must not be blank");
        }
    }
}
