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
/**
 * The machinery behind the YAML/JSON form of workflow definitions: a document as a tree of its own
 * ({@link io.casekit.core.workflow.internal.Node}), read and written with Jackson's streaming layer
 * only ({@link io.casekit.core.workflow.internal.Syntax}); a small model of the format's shape
 * ({@link io.casekit.core.workflow.internal.Shape}), the check of a parsed document against it, the
 * JSON Schema generated from it, and a typed view of a checked document. Not part of the API: use
 * {@link io.casekit.core.workflow.WorkflowDefinitions}; anything here may change without notice.
 */
@NullMarked
package io.casekit.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
