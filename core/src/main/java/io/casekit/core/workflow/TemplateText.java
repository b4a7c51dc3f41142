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

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A message template in one language: subject, plain text and, optionally, HTML.
 *
 * @param subject the subject; its literal text has no line breaks or other control characters
 *     (field values are freed of them when rendered); the tracking token is added after it
 * @param text the plain-text body
 * @param html the HTML body, if any; field values are HTML-escaped when rendered
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TemplateText(TextTemplate subject, TextTemplate text, Optional<TextTemplate> html) {

    /**
     * Checks that the parts are present.
     *
     * @param subject the subject; its literal text has no line breaks or other control characters
     *     (field values are freed of them when rendered); the tracking token is added after it
     * @param text the plain-text body
     * @param html the HTML body, if any; field values are HTML-escaped when rendered
     */
    public TemplateText {
        requireNonNull(subject, "subject");
        requireNonNull(text, "text");
        requireNonNull(html, "html");
        for (TextTemplate.Part part : subject.parts()) {
            if (part instanceof TextTemplate.Literal literal && literal.text().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a subject must not contain line breaks or other control characters");
            }
        }
    }

    /**
     * Parses the three texts.
     *
     * @param subject the subject template, one line
     * @param text the plain-text body template
     * @param html the HTML body template, or null for none
     * @return the parsed texts
     * @throws IllegalArgumentException if a text names an unknown field or has an unclosed placeholder
     */
    public static TemplateText of(String subject, String text, @org.jspecify.annotations.Nullable String html) {
        return new TemplateText(TextTemplate.parse(subject), TextTemplate.parse(text),
                html == null ? Optional.empty() : Optional.of(TextTemplate.parse(html)));
    }
}
