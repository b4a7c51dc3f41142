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
 * How case numbers look: literal text (visible ASCII) with placeholders.
 *
 * <ul>
 *   <li>{@code {seq}} or {@code {seq:N}}: the next value of the definition's store-wide sequence,
 *       zero-padded to N digits;
 *   <li>{@code {customerSeq}} or {@code {customerSeq:N}}: the next value of the case's customer's own
 *       sequence under the definition (1 for each customer's first case), zero-padded to N digits;
 *   <li>{@code {rand:N}}: N random capital letters and digits (36 symbols);
 *   <li>{@code {code:N}}: N random characters from the {@value #CODE_ALPHABET_SIZE} that cannot be
 *       mistaken for one another when read out or typed: the digits 2-9 and the capitals but I, L and
 *       O ({@value #CODE_ALPHABET}).
 * </ul>
 *
 * <p>A format has at most one sequence ({@code {seq}} or {@code {customerSeq}}). A number must be
 * unique in the store, so a format that does not count store-wide needs random characters: a format
 * with {@code {customerSeq}} at least {@value #MIN_RANDOM_WITH_CUSTOMER_SEQUENCE} (customers share
 * sequence values; the random part tells their numbers apart), a format without a sequence at least
 * {@value #MIN_RANDOM_WITHOUT_SEQUENCE}. The store refuses a taken number, and Casekit then opens the
 * case again with fresh random characters. {@link #sequence()} says what a number reveals.
 *
 * <p>{@code CAS-{seq:5}-{rand:6}} gives {@code CAS-05128-V6R0R8}, {@code CASE-{seq}} with start
 * 10000 gives {@code CASE-10123}, {@code CAS-{customerSeq:5}-{rand:6}} gives {@code CAS-00012-V6R0R8}
 * for a customer's twelfth case, {@code C-{code:10}} gives {@code C-7KQ2MXH9TD}. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseNumberFormat {

    /** The symbols of {@code {code:N}}: digits and capitals without look-alikes (no 0, 1, I, L, O). */
    public static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** How many symbols {@code {code:N}} draws from. */
    public static final int CODE_ALPHABET_SIZE = 31;

    /** The random characters a format without a sequence needs at least, over all its random parts. */
    public static final int MIN_RANDOM_WITHOUT_SEQUENCE = 8;

    /** The random characters a format with {@code {customerSeq}} needs at least, over all its random parts. */
    public static final int MIN_RANDOM_WITH_CUSTOMER_SEQUENCE = 6;

    /**
     * The sequence a format counts with, and so what someone who sees several numbers learns from
     * them.
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Sequence {
        /**
         * {@code {seq}}: one sequence for every case of the definition, whoever its customer. Two
         * numbers tell how many cases all customers opened between them: a contact learns the
         * volume of other customers.
         */
        STORE,
        /**
         * {@code {customerSeq}}: a sequence per customer. A number tells how many cases the case's
         * own customer opened before it, and nothing about other customers.
         */
        CUSTOMER,
        /** No sequence, random characters only: a number tells nothing about any volume or order. */
        NONE
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::(\\d{1,2}))?}");
    private static final char[] RANDOM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] CODE_SYMBOLS = CODE_ALPHABET.toCharArray();
    private static final String PLACEHOLDERS = "use {seq}, {seq:N}, {customerSeq}, {customerSeq:N}, {rand:N} or {code:N}";

    private final String pattern;
    private final long start;
    private final List<Part> parts;
    private final Sequence sequence;
    private final Pattern numbers;

    private CaseNumberFormat(String pattern, long start, List<Part> parts, Sequence sequence) {
        this.pattern = pattern;
        this.start = start;
        this.parts = parts;
        this.sequence = sequence;
        StringBuilder regex = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                regex.append(Pattern.quote(literal.text()));
            } else if (part instanceof Counted counted) {
                regex.append(counted.width() > 0 ? "[0-9]{" + counted.width() + ",}" : "[0-9]+");
            } else if (part instanceof Random r) {
                regex.append(r.symbols() == CODE_SYMBOLS ? "[2-9A-HJKMNP-Z]{" : "[A-Z0-9]{").append(r.length()).append('}');
            }
        }
        this.numbers = Pattern.compile(regex.toString());
    }

    /**
     * Parses a format.
     *
     * @param pattern the pattern, with at most one sequence and enough random characters (see above)
     * @param start the first sequence value to use (lower values are skipped); 1 for a format without
     *     a sequence
     * @throws IllegalArgumentException naming what is wrong with the pattern
     * @return the format
     */
    public static CaseNumberFormat of(String pattern, long start) {
        checkArgument(start >= 1, "caseNumber.start must be 1 or more, was %s", start);
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        int sequences = 0;
        int random = 0;
        Sequence sequence = Sequence.NONE;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Literal(pattern.substring(at, m.start())));
            }
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "seq" -> {
                    parts.add(new Counted(width));
                    sequence = Sequence.STORE;
                    sequences++;
                }
                case "customerSeq" -> {
                    parts.add(new Counted(width));
                    sequence = Sequence.CUSTOMER;
                    sequences++;
                }
                case "rand" -> {
                    checkArgument(width >= 1, "caseNumber.format: {rand:N} needs a length N of 1 or more");
                    parts.add(new Random(width, RANDOM_ALPHABET));
                    random += width;
                }
                case "code" -> {
                    checkArgument(width >= 1, "caseNumber.format: {code:N} needs a length N of 1 or more");
                    parts.add(new Random(width, CODE_SYMBOLS));
                    random += width;
                }
                default -> throw new IllegalArgumentException(
                        "caseNumber.format: unknown placeholder {" + m.group(1) + "}; " + PLACEHOLDERS);
            }
            at = m.end();
        }
        if (at < pattern.length()) {
            parts.add(new Literal(pattern.substring(at)));
        }
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                checkArgument(literal.text().indexOf('{') < 0 && literal.text().indexOf('}') < 0,
                        "caseNumber.format: malformed placeholder in '%s'", pattern);
                checkArgument(literal.text().chars().allMatch(c -> c > 32 && c < 127),
                        "caseNumber.format: only visible ASCII characters are allowed outside placeholders");
            }
        }
        checkArgument(sequences <= 1, "caseNumber.format must contain at most one sequence ({seq} or {customerSeq}), found %s",
                sequences);
        if (sequence == Sequence.NONE) {
            checkArgument(random >= MIN_RANDOM_WITHOUT_SEQUENCE, "caseNumber.format without a sequence ({seq} or {customerSeq})"
                    + " needs at least %s random characters ({code:N} or {rand:N}) so that numbers rarely collide, found %s",
                    MIN_RANDOM_WITHOUT_SEQUENCE, random);
            checkArgument(start == 1, "caseNumber.start applies to a sequence, and caseNumber.format has none:"
                    + " leave the start out, was %s", start);
        } else if (sequence == Sequence.CUSTOMER) {
            checkArgument(random >= MIN_RANDOM_WITH_CUSTOMER_SEQUENCE, "caseNumber.format with {customerSeq} needs at least %s"
                    + " random characters ({code:N} or {rand:N}) to tell apart the numbers of customers with the same sequence"
                    + " value, found %s", MIN_RANDOM_WITH_CUSTOMER_SEQUENCE, random);
        }
        return new CaseNumberFormat(pattern, start, List.copyOf(parts), sequence);
    }

    /** {@return the pattern text, e.g. {@code CAS-{seq:5}-{rand:6}}} */
    public String pattern() {
        return pattern;
    }

    /** {@return the first sequence value a number uses, 1 or more; 1 for a format without a sequence} */
    public long start() {
        return start;
    }

    /** {@return the sequence this format counts with, which says what its numbers reveal} */
    public Sequence sequence() {
        return sequence;
    }

    /**
     * Formats a number.
     *
     * @param sequenceValue the value handed out by the format's sequence (1, 2, ...; store-wide for
     *     {@code {seq}}, the customer's for {@code {customerSeq}}); the number uses {@code start - 1
     *     + sequenceValue}; ignored by a format without a sequence
     * @param random the source for {@code {rand:N}} and {@code {code:N}}
     * @return the case number
     */
    public String format(long sequenceValue, RandomGenerator random) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Counted counted) {
                String digits = Long.toString(start - 1 + sequenceValue);
                out.append("0".repeat(Math.max(0, counted.width() - digits.length()))).append(digits);
            } else if (part instanceof Random r) {
                for (int i = 0; i < r.length(); i++) {
                    out.append(r.symbols()[random.nextInt(r.symbols().length)]);
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
     * for a format that starts with a sequence, with a digit. Such a text that does not {@link
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
        if (first instanceof Counted) {
            return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
        }
        return false;
    }

    @Override
    public String toString() {
        return sequence == Sequence.NONE ? pattern : pattern + " from " + start;
    }

    private sealed interface Part {}

    private record Literal(String text) implements Part {}

    /** {@code {seq}} or {@code {customerSeq}}: which one, the format's {@link Sequence} says. */
    private record Counted(int width) implements Part {}

    private record Random(int length, char[] symbols) implements Part {}
}
