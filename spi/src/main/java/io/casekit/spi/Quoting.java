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
package io.casekit.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Bounds what a message repeats of its caller's input, so that an error or a log line never grows
 * with the input (a 1,000,000-character field name gives a message of a few hundred characters, not
 * of a million). Every {@link CasekitException} {@link #cap caps} its message; code that quotes caller
 * input in a message {@link #quote quotes} it. Stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Quoting {

    /** The most characters of one input {@link #quote} keeps: 100. */
    public static final int MAX_QUOTED = 100;

    /** The most characters of an exception message that {@link CasekitException} keeps: 2,000. */
    public static final int MAX_MESSAGE = 2_000;

    private Quoting() {}

    /**
     * The input {@code text} as a message may quote it: at most {@link #MAX_QUOTED} characters (cut
     * on a whole code point and followed by {@code …(N characters)} when longer), control characters
     * (line breaks, say, which would forge log lines) shown as {@code ?}.
     *
     * @param text the caller input to quote
     * @return the quotable text, never longer than {@link #MAX_QUOTED} characters plus the length note
     */
    public static String quote(CharSequence text) {
        requireNonNull(text, "text");
        String cut = cut(text, MAX_QUOTED);
        StringBuilder out = new StringBuilder(cut.length() + 24);
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (cut.length() < text.length()) {
            out.append("…(").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * {@code message} cut to at most about {@code max} characters: when longer, the first {@code max}
     * (on a whole code point) followed by {@code …(N characters in all)}.
     *
     * @param message the message to cap
     * @param max the most characters to keep, 1 or more
     * @return {@code message} itself when it has at most {@code max} characters, else the cut message
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public static String cap(String message, int max) {
        requireNonNull(message, "message");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (message.length() <= max) {
            return message;
        }
        return cut(message, max) + "…(" + message.length() + " characters in all)";
    }

    private static String cut(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.toString();
        }
        int end = Character.isLowSurrogate(text.charAt(max)) && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.subSequence(0, end).toString();
    }
}
