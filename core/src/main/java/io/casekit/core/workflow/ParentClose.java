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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What closing (resolving or cancelling) a parent case does while some of its children are open. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ParentClose {
    /** The parent cannot be closed until its children are. The default. */
    BLOCK,
    /** The open children are closed with the parent, along the definition's close action as the system. */
    CASCADE
}
