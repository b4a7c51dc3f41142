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

import java.util.List;
import org.apiguardian.api.API;

/**
 * One column of an export: a column every case has ({@link CaseColumn}) or a custom field that a
 * workflow definition declares ({@link CustomFieldColumn}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public sealed interface ExportColumn permits CaseColumn, CustomFieldColumn {

    /**
     * The column of a custom field.
     *
     * @param name the field's name in the workflow definition, e.g. {@code expertiseDomain}
     * @return the column
     * @throws InvalidExportException naming the field {@code customField} if the name is blank
     */
    static ExportColumn customField(String name) {
        return new CustomFieldColumn(name);
    }

    /**
     * {@return the columns of an export that names none: every {@link CaseColumn} but {@link
     * CaseColumn#STATE} (the status reason tells it), in their declaration order}
     */
    static List<ExportColumn> defaults() {
        return CaseColumn.DEFAULTS;
    }
}
