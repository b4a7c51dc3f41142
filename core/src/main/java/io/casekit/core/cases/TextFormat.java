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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a description or comment is written. Formatted text (bold, lists, links, inline images) is
 * HTML that Casekit sanitises with {@link io.casekit.core.richtext.RichText} before it is stored:
 * the case keeps the sanitised HTML for a portal to render and a plain-text rendering for search
 * and mail.
 */
@API(status = STABLE, since = "0.1.0")
public enum TextFormat {
    /** Plain text, stored as it is. */
    PLAIN,
    /** HTML from an editor, sanitised; refused if no text is left after sanitising. */
    HTML
}
