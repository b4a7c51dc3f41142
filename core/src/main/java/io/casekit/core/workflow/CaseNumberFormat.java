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
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How case numbers look: literal text with a {@code {seq}} or {@code {seq:N}} placeholder (the next
 * value of the definition's sequence, zero-padded to N digits) and optionally {@code {rand:N}} (N
 * random capital letters and digits). {@code CAS-{seq:5}-{rand:6}} gives {@code CAS-05128-V6R0R8},
 * {@code CASE-{seq}} with start 10000 gives {@code CASE-10123}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseNumberFormat {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d{1,2}))?}");
    private static final char[] RANDOM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final String pattern;
    private final long start;
    private final List<Part> parts;
    private final Pattern numbers;

    private CaseNumberFormat(String pattern, long start, List<Part> parts) {
        this.pattern = pattern;
        this.start = start;
        this.parts = parts;
        StringBuilder regex = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                regex.append(Pattern.quote(literal.text()));
            } else if (part instanceof Sequence sequence) {
                regex.append(sequence.width() > 0 ? "[0-9]{" + sequence.width() + ",}" : "[0-9]+");
            } else if (part instanceof Random r) {
                regex.append("[A-Z0-9]{").append(r.length()).append('}');
            }
        }
        this.numbers = Pattern.compile(regex.toString());
    }

    /**
     * Parses a format.
     *
     * @param pattern the pattern, with exactly one {@code {seq}}
     * @param start the first sequence value to use; lower values are skipped
     * @throws IllegalArgumentException naming what is wrong with the pattern
     * @return the format
     */
    public static CaseNumberFormat of(String pattern, long start) {
        checkArgument(start >= 1, "caseNumber.start must be 1 or more, was %s", start);
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        int sequences = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Literal(pattern.substring(at, m.start())));
            }
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "seq" -> {
                    parts.add(new Sequence(width));
                    sequences++;
                }
                case "rand" -> {
                    checkArgument(width >= 1, "caseNumber.format: {rand:N} needs a length N of 1 or more");
                    parts.add(new Random(width));
                }
                default -> throw new IllegalArgumentException(
                        "caseNumber.format: unknown placeholder {" + m.group(1) + "}; use {seq}, {seq:N} or {rand:N}");
            }
            at = m.end();
        }
        if (at < pattern.length()) {
            parts.add(new Literal(pattern.substring(at)));
        }
        checkArgument(sequences == 1, "caseNumber.format must contain {seq} exactly once, found %s", sequences);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                checkArgument(literal.text().indexOf('{') < 0 && literal.text().indexOf('}') < 0,
                        "caseNumber.format: malformed placeholder in '%s'", pattern);
                checkArgument(literal.text().chars().allMatch(c -> c > 32 && c < 127),
                        "caseNumber.format: only visible ASCII characters are allowed outside placeholders");
            }
        }
        return new CaseNumberFormat(pattern, start, List.copyOf(parts));
    }

    /** {@return the pattern text, e.g. {@code CAS-{seq:5}-{rand:6}}} */
    public String pattern() {
        return pattern;
    }

    /** {@return the first sequence value a number uses, 1 or more} */
    public long start() {
        return start;
    }

    /**
     * Formats a number.
     *
     * @param sequenceValue the value handed out by the store's sequence (1, 2, ...); the number uses
     *     {@code start - 1 + sequenceValue}
     * @param random the source for {@code {rand:N}}
     * @return the case number
     */
    public String format(long sequenceValue, RandomGenerator random) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Sequence sequence) {
                String digits = Long.toString(start - 1 + sequenceValue);
                out.append("0".repeat(Math.max(0, sequence.width() - digits.length()))).append(digits);
            } else if (part instanceof Random r) {
                for (int i = 0; i < r.length(); i++) {
                    out.append(RANDOM_ALPHABET[random.nextInt(RANDOM_ALPHABET.length)]);
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code text} has the shape of a number of this format (whether or not such a case
     * exists).
     *
     * @param text the text to check, e.g. a token found in a mail subject
     * @return {@code true} if it has the shape
     */
    public boolean matches(String text) {
        return numbers.matcher(text).matches();
    }

    /**
     * Whether {@code text} starts like a number of this format: with its leading literal text, or,
     * for a format that starts with the sequence, with a digit. Such a text that does not {@link
     * #matches match} is a malformed number rather than some other text.
     *
     * @param text the text to check
     * @return {@code true} if it starts like a number of this format
     */
    public boolean startsLikeANumber(String text) {
        Part first = parts.get(0);
        if (first instanceof Literal literal) {
            return text.startsWith(literal.text());
        }
        if (first instanceof Sequence) {
            return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern + " from " + start;
    }

    private sealed interface Part {}

    private record Literal(String text) implements Part {}

    private record Sequence(int width) implements Part {}

    private record Random(int length) implements Part {}
}
