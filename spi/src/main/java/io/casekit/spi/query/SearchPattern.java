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
package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a user typed in a portal's search box, matched against a case's number and title. Matching
 * ignores case (both sides are lower-cased with {@link Locale#ROOT}, see {@link #fold}). {@code *}
 * stands for any run of characters, also none: {@code CAS-05*} finds numbers that start with
 * {@code CAS-05}, {@code *printer*} titles that mention a printer. A text without {@code *} matches
 * anywhere ({@code printer} is {@code *printer*}). Every other character, also {@code %}, {@code _}
 * and {@code \}, stands for itself.
 *
 * @param text the text as typed, 1 to {@value #MAX_LENGTH} characters, at least one of them not
 *     {@code *}, no control characters
 */
@API(status = STABLE, since = "0.1.0")
public record SearchPattern(String text) {

    /** The longest search text accepted. */
    public static final int MAX_LENGTH = 200;

    /** The character that, in a SQL LIKE pattern made by {@link #likePattern()}, escapes the next one. */
    public static final char LIKE_ESCAPE = '\\';

    /**
     * Checks the text.
     *
     * @param text the text as typed, 1 to {@value #MAX_LENGTH} characters, at least one of them not
     *     {@code *}, no control characters
     * @throws InvalidQueryException naming the field {@code search} if the text is empty, longer than
     *     {@value #MAX_LENGTH} characters, only {@code *}, or has control characters
     */
    public SearchPattern {
        Checks.notNull(text, "search");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("search", "must have 1 to " + MAX_LENGTH + " characters, has " + text.length());
        }
        if (text.chars().allMatch(c -> c == '*')) {
            throw new InvalidQueryException("search", "must have a character other than *");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidQueryException("search", "must not contain control characters");
        }
    }

    /**
     * The pattern for a search text.
     *
     * @param text the text as typed
     * @return the pattern
     * @throws InvalidQueryException if the text breaks a rule of the canonical constructor
     */
    public static SearchPattern of(String text) {
        return new SearchPattern(text);
    }

    /**
     * The form in which a text is compared: lower case by {@link Locale#ROOT}.
     *
     * @param value the text to fold
     * @return the lower-case text
     */
    public static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The folded pattern, with a leading and trailing {@code *} if the text has none. */
    private String glob() {
        String folded = fold(text);
        return folded.indexOf('*') < 0 ? "*" + folded + "*" : folded;
    }

    /**
     * Whether a text (a number or a title) matches.
     *
     * @param value the case number or title
     * @return {@code true} if it matches, ignoring case
     */
    public boolean matches(String value) {
        return globMatches(glob(), fold(value));
    }

    /** Whether {@code text} matches {@code glob} as a whole, {@code *} matching any run of characters. */
    private static boolean globMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1; // position in glob after the last *
        int resume = 0; // position in text where that * match ends
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = ++g;
                resume = t;
            } else if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    /**
     * The pattern as a SQL {@code LIKE} pattern over folded text, with {@value #LIKE_ESCAPE} as the
     * escape character: {@code *} becomes {@code %}; {@code %}, {@code _} and the escape character
     * itself are escaped. Bind it as a parameter: it is never SQL text.
     *
     * @return the pattern, e.g. {@code %printer%} for {@code Printer}
     */
    public String likePattern() {
        String glob = glob();
        StringBuilder like = new StringBuilder(glob.length() + 8);
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                like.append('%');
            } else {
                if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                    like.append(LIKE_ESCAPE);
                }
                like.append(c);
            }
        }
        return like.toString();
    }
}
