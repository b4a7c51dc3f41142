package io.casekit.core.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link NoControlCharacters} with one pass over the text, without a regular expression.
 * Bean Validation makes it for the annotation; {@link #isClean} serves the same rule elsewhere.
 * Thread-safe once initialised.
 */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

    private boolean lineBreaks;

    @Override
    public void initialize(NoControlCharacters annotation) {
        lineBreaks = annotation.lineBreaks();
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
        return text == null || isClean(text, lineBreaks);
    }

    /** Whether the text has no control characters (but tab, line feed and carriage return if allowed). */
    public static boolean isClean(CharSequence text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return false;
            }
        }
        return true;
    }
}
