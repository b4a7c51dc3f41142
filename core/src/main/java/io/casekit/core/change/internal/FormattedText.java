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
