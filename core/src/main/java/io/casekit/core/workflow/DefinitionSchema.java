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

import io.casekit.core.workflow.internal.JsonSchemaGenerator;
import io.casekit.core.workflow.internal.Syntax;

/**
 * The JSON Schema of the definition format, generated from {@link DefinitionFormat}: the rules the
 * reader checks a document's shape with, for editors that complete and check YAML and JSON while a
 * vendor types. It is published in the core jar as {@value #RESOURCE} and in the repository as {@code
 * docs/casekit-definition.schema.json}.
 */
final class DefinitionSchema {

    /** Where the schema is in the core jar, relative to this package. */
    static final String RESOURCE = "casekit-definition.schema.json";

    /** The schema's {@code $id}. */
    static final String ID = "urn:casekit:workflow-definition";

    private static final String TEXT = generate();

    private DefinitionSchema() {}

    /** The schema as pretty-printed JSON, ending with a line break. */
    static String text() {
        return TEXT;
    }

    private static String generate() {
        return Syntax.JSON.write(JsonSchemaGenerator.generate(DefinitionFormat.DOCUMENT, ID,
                "Casekit workflow definition",
                "What cases look like and how they move: read by WorkflowDefinitions.fromYaml/fromJson "
                        + "(see docs/workflow-definition.md). Checks the shape of a document; the meaning (unknown status "
                        + "codes, unreachable statuses, ...) is checked when Casekit reads it.")) + "\n";
    }
}
