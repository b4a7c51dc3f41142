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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How the case number appears in the subject of every mail, so that a reply can be matched to its
 * case: a pattern with one {@code {number}} between literal text, e.g. {@code [{number}]} (the
 * default) gives {@code [CAS-05128-V6R0R8]}. The text before the number must not be empty; the text
 * after it may be (the number then ends at a space or the end of the subject). Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TrackingToken {

    /** The default pattern. */
    public static final String DEFAULT = "[{number}]";

    private static final String NUMBER = "{number}";

    private final String pattern;
    private final String prefix;
    private final String suffix;

    private TrackingToken(String pattern, String prefix, String suffix) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /**
     * Parses a pattern.
     *
     * @param pattern the pattern, with {@code {number}} exactly once, e.g. {@code [{number}]}
     * @return the token format
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static TrackingToken of(String pattern) {
        requireNonNull(pattern, "trackingToken");
        int at = pattern.indexOf(NUMBER);
        checkArgument(at >= 0 && pattern.indexOf(NUMBER, at + 1) < 0, "trackingToken must contain {number} exactly once");
        String prefix = pattern.substring(0, at);
        String suffix = pattern.substring(at + NUMBER.length());
        checkArgument(!prefix.isEmpty(), "trackingToken needs text before {number}, e.g. [{number}]");
        checkArgument((prefix + suffix).chars().allMatch(c -> c > 32 && c < 127 && c != '{' && c != '}'),
                "trackingToken: only visible ASCII characters other than braces are allowed around {number}");
        return new TrackingToken(pattern, prefix, suffix);
    }

    /** {@return the pattern text, e.g. {@code [{number}]}} */
    public String pattern() {
        return pattern;
    }

    /**
     * The token of a case number, as it goes into a mail subject.
     *
     * @param caseNumber the case number
     * @return the token, e.g. {@code [CAS-05128-V6R0R8]}
     */
    public String format(String caseNumber) {
        return prefix + caseNumber + suffix;
    }

    /**
     * Every text in {@code subject} that stands where a case number would in a token: after each
     * occurrence of the text before {@code {number}}, up to the text after it (or, without one, up to
     * a space or the end). A candidate need not be a case number: the caller decides, and tells a
     * malformed token from ordinary text.
     *
     * @param subject the mail subject
     * @return the candidates, in the order they occur; empty if none
     */
    public List<Candidate> candidates(String subject) {
        requireNonNull(subject, "subject");
        List<Candidate> found = new ArrayList<>();
        int at = subject.indexOf(prefix);
        while (at >= 0) {
            int start = at + prefix.length();
            if (suffix.isEmpty()) {
                int end = start;
                while (end < subject.length() && !Character.isWhitespace(subject.charAt(end))) {
                    end++;
                }
                found.add(new Candidate(subject.substring(start, end), true));
            } else {
                int end = subject.indexOf(suffix, start);
                found.add(end < 0 ? new Candidate(subject.substring(start), false) : new Candidate(subject.substring(start, end), true));
            }
            at = subject.indexOf(prefix, at + 1);
        }
        return found;
    }

    /**
     * A text found where a token's case number would be.
     *
     * @param number the text between the token's literal parts
     * @param closed whether the text after {@code {number}} followed (always, if there is none)
     */
    public record Candidate(String number, boolean closed) {
        /**
         * Checks that the text is present.
         *
         * @param number the text between the token's literal parts
         * @param closed whether the text after {@code {number}} followed (always, if there is none)
         */
        public Candidate {
            requireNonNull(number, "number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackingToken other && other.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
