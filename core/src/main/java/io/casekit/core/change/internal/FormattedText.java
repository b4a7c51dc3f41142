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
package io.casekit.core.change.internal;

import io.casekit.core.cases.TextFormat;
import io.casekit.core.richtext.RichText;
import java.util.Optional;

/**
 * A description or comment as the case keeps it: the plain text, and the sanitised HTML if it was
 * written with formatting.
 *
 * @param plain the plain text (for search and mail)
 * @param html the sanitised HTML, if formatted
 */
public record FormattedText(String plain, Optional<String> html) {

    /**
     * The text of a command's field.
     *
     * @throws io.casekit.core.cases.CommandValidationException naming the field if formatted text has
     *     no text left after sanitising
     */
    public static FormattedText of(String input, TextFormat format, String command, String field) {
        if (format == TextFormat.PLAIN) {
            return new FormattedText(input, Optional.empty());
        }
        RichText rich = RichText.fromHtml(input);
        if (rich.plainText().isBlank()) {
            throw Violations.single(command, field, "NotBlank", "has no text left after sanitising its HTML");
        }
        return new FormattedText(rich.plainText(), Optional.of(rich.html()));
    }
}
