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
package io.casekit.examples.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The custom fields of a form: its parameters named {@code field.<name>}, as the templates write them. */
public final class FormFields {

    private static final String PREFIX = "field.";

    private FormFields() {}

    /**
     * @param parameters a form's parameters
     * @return the filled-in custom fields by name, in the form's order; blank ones left out
     */
    public static Map<String, String> of(Map<String, String> parameters) {
        Map<String, String> fields = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !value.isBlank()) {
                fields.put(name.substring(PREFIX.length()), value);
            }
        });
        return fields;
    }
}
