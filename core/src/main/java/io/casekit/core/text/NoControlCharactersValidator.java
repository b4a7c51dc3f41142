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
package io.casekit.core.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link NoControlCharacters} with one pass over the text, without a regular expression.
 * Bean Validation makes it for the annotation; {@link #isClean} serves the same rule elsewhere.
 * Thread-safe once initialised.
 */
@API(status = INTERNAL, since = "0.1.0")
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

    /**
     * Whether the text is clean under one rule set for every field:
     *
     * <ul>
     *   <li>never: C0 controls and DEL (but tab, line feed and carriage return where line breaks are
     *       allowed), C1 controls (U+0080-U+009F), unpaired surrogates, bidirectional embeddings,
     *       overrides and isolates (U+202A-U+202E, U+2066-U+2069), zero-width space (U+200B), word
     *       joiner (U+2060) and byte-order mark (U+FEFF);
     *   <li>in one-line text also not: the line and paragraph separators U+2028 and U+2029.
     * </ul>
     *
     * Zero-width joiners and non-joiners (U+200C, U+200D) and the directional marks (U+200E,
     * U+200F) stay allowed: emoji sequences and several scripts need them, and they hide nothing.
     *
     * @param text the text to check
     * @param lineBreaks whether tab, line feed and carriage return are allowed
     * @return {@code true} if the text has none of the refused characters
     */
    public static boolean isClean(CharSequence text, boolean lineBreaks) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || !allowed(c, lineBreaks)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean lineBreaks) {
        if (c < 0x20 || c == 0x7F) {
            return lineBreaks && (c == '\t' || c == '\n' || c == '\r');
        }
        if (c < 0x80) {
            return true;
        }
        if (c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200B || c == 0x2060 || c == 0xFEFF) {
            return false;
        }
        return lineBreaks || c != 0x2028 && c != 0x2029;
    }
}
