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
package io.casekit.export.internal;

import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.export.CaseColumn;
import io.casekit.export.CustomFieldColumn;
import io.casekit.export.ExportColumn;
import io.casekit.export.InvalidExportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The header row of an export, checked against the workflow definitions: a custom field column must
 * name a field that at least one definition declares. Its header is the field's label in the
 * reader's language from the last registered definition that declares it (the newest, as a host
 * registers versions in order); a case of another definition still shows its own value.
 */
final class Headers {

    private Headers() {}

    /**
     * @param columns the request's columns
     * @param definitions every definition version of the Casekit, in registration order
     * @param texts the fixed texts in the reader's language
     * @param locale the reader's locale
     * @return the headers, one per column
     * @throws InvalidExportException naming {@code columns[i]} for a custom field no definition declares
     */
    static List<String> of(List<ExportColumn> columns, List<WorkflowDefinition> definitions, Texts texts, Locale locale) {
        List<String> headers = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn column = columns.get(i);
            if (column instanceof CaseColumn) {
                headers.add(texts.header((CaseColumn) column));
            } else {
                String name = ((CustomFieldColumn) column).name();
                int index = i;
                CustomField field = declaration(name, definitions).orElseThrow(() -> unknown(index, name, definitions));
                String label = field.labels().text(locale);
                headers.add(label.isEmpty() ? name : label);
            }
        }
        return List.copyOf(headers);
    }

    private static Optional<CustomField> declaration(String name, List<WorkflowDefinition> definitions) {
        for (int d = definitions.size() - 1; d >= 0; d--) {
            Optional<CustomField> field = definitions.get(d).customField(name);
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    private static InvalidExportException unknown(int index, String name, List<WorkflowDefinition> definitions) {
        TreeSet<String> declared = new TreeSet<>();
        definitions.forEach(d -> d.customFields().forEach(f -> declared.add(f.name())));
        return new InvalidExportException("columns[" + index + "]",
                "no workflow definition declares a custom field '" + name + "'; custom fields: " + declared);
    }
}
