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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Case numbers: the pattern language, padding, random parts, and what is refused. */
class CaseNumberFormatTest {

    private static final long MAX_SEQUENCE = 1_000_000_000_000L;

    // ---- formatting ---------------------------------------------------------------------------------

    @Test
    void casSeq5Rand6() {
        CaseNumberFormat format = CaseNumberFormat.of("CAS-{seq:5}-{rand:6}", 1);

        String number = format.format(1, new Random(42));

        assertThat(number).startsWith("CAS-00001-").matches("CAS-\\d{5}-[A-Z0-9]{6}");
        assertThat(format.format(5128, new Random(42))).startsWith("CAS-05128-").matches("CAS-\\d{5}-[A-Z0-9]{6}");
    }

    @Test
    void theRandomPartComesFromTheGivenGeneratorOverCapitalsAndDigits() {
        CaseNumberFormat format = CaseNumberFormat.of("R-{seq}-{rand:36}", 1);

        assertThat(format.format(3, new Counting())).isEqualTo("R-3-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        assertThat(format.format(3, new Random(7))).isEqualTo(format.format(3, new Random(7)));
    }

    @Test
    void caseSeqStartingAt10000() {
        CaseNumberFormat format = CaseNumberFormat.of("CASE-{seq}", 10000);

        assertThat(format.format(1, new Random(1))).isEqualTo("CASE-10000");
        assertThat(format.format(124, new Random(1))).isEqualTo("CASE-10123");
        assertThat(format.start()).isEqualTo(10000);
        assertThat(format.pattern()).isEqualTo("CASE-{seq}");
        assertThat(format).hasToString("CASE-{seq} from 10000");
    }

    @ParameterizedTest
    @CsvSource({
        "{seq:5}, 1, 1, 00001",
        "{seq:5}, 1, 99999, 99999",
        "{seq:5}, 1, 100000, 100000",
        "{seq:3}, 1, 123456, 123456",
        "{seq:2}, 1000, 1, 1000",
        "{seq:12}, 1, 999999999999, 999999999999",
        "{seq:12}, 1, 1000000000000, 1000000000000",
        "{seq}, 1, 1, 1",
        "{seq:0}, 1, 7, 7",
        "N{seq:1}N, 1, 1234, N1234N",
    })
    void paddingNeverTruncates(String pattern, long start, long sequenceValue, String expected) {
        assertThat(CaseNumberFormat.of(pattern, start).format(sequenceValue, new Random(1))).isEqualTo(expected);
    }

    @Test
    void placeholdersMayStandAnywhere() {
        assertThat(CaseNumberFormat.of("{rand:2}{seq:3}{rand:1}", 1).format(42, new Counting())).isEqualTo("AB042C");
        assertThat(CaseNumberFormat.of("2026/{seq:4}#x", 1).format(42, new Counting())).isEqualTo("2026/0042#x");
    }

    @Test
    void aCustomerSequenceCountsLikeASequence() {
        CaseNumberFormat format = CaseNumberFormat.of("CAS-{customerSeq:5}-{rand:6}", 1);

        assertThat(format.sequence()).isEqualTo(CaseNumberFormat.Sequence.CUSTOMER);
        assertThat(format.format(12, new Counting())).isEqualTo("CAS-00012-ABCDEF");
        assertThat(CaseNumberFormat.of("{customerSeq}/{rand:6}", 100).format(1, new Counting())).isEqualTo("100/ABCDEF");
        assertThat(format).hasToString("CAS-{customerSeq:5}-{rand:6} from 1");
    }

    @Test
    void codeDrawsFromThirtyOneCharactersWithoutLookAlikes() {
        assertThat(CaseNumberFormat.CODE_ALPHABET).hasSize(CaseNumberFormat.CODE_ALPHABET_SIZE).doesNotContain("0", "1", "I", "L", "O")
                .matches("[0-9A-Z]+");
        assertThat(CaseNumberFormat.CODE_ALPHABET.chars().distinct().count()).isEqualTo(CaseNumberFormat.CODE_ALPHABET_SIZE);
        CaseNumberFormat format = CaseNumberFormat.of("C-{code:31}", 1);

        assertThat(format.format(1, new Counting())).isEqualTo("C-" + CaseNumberFormat.CODE_ALPHABET);
        assertThat(format.sequence()).isEqualTo(CaseNumberFormat.Sequence.NONE);
        assertThat(format).hasToString("C-{code:31}");
    }

    @Test
    void aCodeWithALookAlikeIsNotANumber() {
        CaseNumberFormat format = CaseNumberFormat.of("C-{code:8}", 1);

        assertThat(format.matches("C-7KQ2MXH9")).isTrue();
        assertThat(format.matches("C-7KQ2MXH0")).isFalse();
        assertThat(format.matches("C-7KQ2MXHO")).isFalse();
        assertThat(format.matches("C-7KQ2MXH1")).isFalse();
        assertThat(format.matches("C-7KQ2MXHI")).isFalse();
        assertThat(format.matches("C-7KQ2MXHL")).isFalse();
        assertThat(format.matches("C-7kq2mxh9")).isFalse();
        assertThat(format.startsLikeANumber("C-")).isTrue();
        assertThat(CaseNumberFormat.of("{code:8}", 1).startsLikeANumber("7KQ2MXH9")).isFalse();
    }

    @Test
    void randomOnlyFormatsOfEightOrMoreCharacters() {
        assertThat(CaseNumberFormat.of("{rand:8}", 1).sequence()).isEqualTo(CaseNumberFormat.Sequence.NONE);
        assertThat(CaseNumberFormat.of("CAS-{rand:4}-{code:4}", 1).format(99, new Counting())).isEqualTo("CAS-ABCD-6789");
        assertThat(CaseNumberFormat.of("CAS-{seq}", 1).sequence()).isEqualTo(CaseNumberFormat.Sequence.STORE);
    }

    // ---- refused patterns ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "CAS-", "CAS-{rand:6}", "CAS-{rand:4}-{code:3}", "{code:7}"})
    void aPatternWithoutASequenceAndTooFewRandomCharacters(String pattern) {
        int random = pattern.contains("rand:6") ? 6 : pattern.contains("rand:4") ? 7 : pattern.contains("code:7") ? 7 : 0;
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format without a sequence ({seq} or {customerSeq}) needs at least 8 random characters"
                        + " ({code:N} or {rand:N}) so that numbers rarely collide, found " + random);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{seq}{seq}", "A-{seq}-{seq:3}", "{seq}-{customerSeq}-{rand:6}", "{customerSeq}{customerSeq:2}{code:8}"})
    void aPatternWithTwoSequences(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format must contain at most one sequence ({seq} or {customerSeq}), found 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{customerSeq}", "CAS-{customerSeq:5}-{rand:5}", "{code:3}{customerSeq}{rand:2}"})
    void aCustomerSequenceWithTooFewRandomCharacters(String pattern) {
        int random = pattern.contains("rand:5") ? 5 : pattern.contains("code:3") ? 5 : 0;
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format with {customerSeq} needs at least 6 random characters ({code:N} or {rand:N}) to tell"
                        + " apart the numbers of customers with the same sequence value, found " + random);
    }

    @Test
    void aFormatWithoutASequenceTakesNoStart() {
        assertThatThrownBy(() -> CaseNumberFormat.of("C-{code:8}", 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.start applies to a sequence, and caseNumber.format has none: leave the start out, was 1000");
        assertThat(CaseNumberFormat.of("C-{code:8}", 1).start()).isEqualTo(1);
    }

    @Test
    void anUnknownPlaceholder() {
        String known = "use {seq}, {seq:N}, {customerSeq}, {customerSeq:N}, {rand:N} or {code:N}";
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{year}-{seq}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {year}; " + known);
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{seq}-{random:4}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {random}; " + known);
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{SEQ}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {SEQ}; " + known);
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{customerseq}-{rand:6}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {customerseq}; " + known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{seq}-{rand}", "CAS-{seq}-{rand:0}", "CAS-{seq}-{rand:00}"})
    void randWithoutALength(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: {rand:N} needs a length N of 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{seq}-{code}", "CAS-{seq}-{code:0}", "{code:00}{rand:8}"})
    void codeWithoutALength(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: {code:N} needs a length N of 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{seq}}", "CAS-{{seq}", "CAS}-{seq}", "CAS-{seq}-{", "CAS-{seq}-{rand:x}", "{}{seq}", "CAS-{ seq }"})
    void aStrayBrace(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: malformed placeholder in '" + pattern + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS {seq}", "CAS-{seq}\n", "\tCAS-{seq}", "CAS-\u0000{seq}", "CAS-\u007f{seq}", "CÄS-{seq}",
        "CAS-{seq}\u00a0"})
    void whitespaceControlAndNonAsciiCharacters(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: only visible ASCII characters are allowed outside placeholders");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aStartBelowOne(long start) {
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{seq}", start))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.start must be 1 or more, was " + start);
    }

    // ---- properties ---------------------------------------------------------------------------------

    @Property
    void casNumbersMatchTheirRegexAndCarryTheSequenceValue(
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long sequenceValue, @ForAll long seed) {
        String number = CaseNumberFormat.of("CAS-{seq:5}-{rand:6}", 1).format(sequenceValue, new Random(seed));

        Matcher m = Pattern.compile("CAS-(\\d{5,})-[A-Z0-9]{6}").matcher(number);
        assertThat(m.matches()).as(number).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(sequenceValue);
        assertThat(m.group(1)).hasSize(Math.max(5, Long.toString(sequenceValue).length()));
    }

    @Property
    void numbersMatchTheRegexOfTheirPattern(
            @ForAll("patterns") String pattern,
            @ForAll @LongRange(min = 1, max = 1_000_000) long start,
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long sequenceValue,
            @ForAll long seed) {
        String number = CaseNumberFormat.of(pattern, start).format(sequenceValue, new Random(seed));

        assertThat(number).matches(expectedRegex(pattern, start - 1 + sequenceValue));
    }

    @Property
    void differentSequenceValuesGiveDifferentNumbers(
            @ForAll("patterns") String pattern,
            @ForAll @LongRange(min = 1, max = 1_000_000) long start,
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long a,
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long b,
            @ForAll long seedA,
            @ForAll long seedB) {
        Assume.that(a != b);
        CaseNumberFormat format = CaseNumberFormat.of(pattern, start);

        // whatever the random parts come out as
        assertThat(format.format(a, new Random(seedA))).isNotEqualTo(format.format(b, new Random(seedB)));
    }

    @Property
    void neighbouringSequenceValuesGiveDifferentNumbers(
            @ForAll("patterns") String pattern,
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long a,
            @ForAll long seed) {
        CaseNumberFormat format = CaseNumberFormat.of(pattern, 1);

        // the same seed gives the same random characters, so only the sequence part differs
        assertThat(format.format(a, new Random(seed))).isNotEqualTo(format.format(a + 1, new Random(seed)));
        assertThat(format.format(a, new Random(seed))).isEqualTo(format.format(a, new Random(seed)));
    }

    // ---- generated patterns: accepted exactly when the rules hold, and then round trips -------------

    @Property
    void aGeneratedPatternIsAcceptedExactlyWhenItFollowsTheRules(@ForAll("anyParts") List<String> parts) {
        String pattern = String.join("", parts);
        int sequences = (int) parts.stream().filter(p -> p.startsWith("{seq") || p.startsWith("{customerSeq")).count();
        boolean perCustomer = parts.stream().anyMatch(p -> p.startsWith("{customerSeq"));
        int random = parts.stream().filter(p -> p.startsWith("{rand:") || p.startsWith("{code:"))
                .mapToInt(p -> Integer.parseInt(p.substring(p.indexOf(':') + 1, p.length() - 1))).sum();
        boolean valid = sequences == 1 && !perCustomer
                || sequences == 1 && random >= CaseNumberFormat.MIN_RANDOM_WITH_CUSTOMER_SEQUENCE
                || sequences == 0 && random >= CaseNumberFormat.MIN_RANDOM_WITHOUT_SEQUENCE;

        if (valid) {
            CaseNumberFormat format = CaseNumberFormat.of(pattern, 1);
            assertThat(format.pattern()).isEqualTo(pattern);
            assertThat(format.sequence()).isEqualTo(sequences == 0 ? CaseNumberFormat.Sequence.NONE
                    : perCustomer ? CaseNumberFormat.Sequence.CUSTOMER : CaseNumberFormat.Sequence.STORE);
        } else {
            assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("caseNumber.format");
        }
    }

    @Property
    void aNumberMatchesItsFormatAndItsPatternAndReadsBackTheSameFormat(
            @ForAll("validParts") List<String> parts,
            @ForAll @LongRange(min = 1, max = 1_000_000) long start,
            @ForAll @LongRange(min = 1, max = MAX_SEQUENCE) long sequenceValue,
            @ForAll long seed) {
        String pattern = String.join("", parts);
        CaseNumberFormat format = CaseNumberFormat.of(pattern, pattern.contains("Seq") || pattern.contains("{seq") ? start : 1);
        String number = format.format(sequenceValue, new Random(seed));
        CaseNumberFormat again = CaseNumberFormat.of(format.pattern(), format.start());

        assertThat(format.matches(number)).as(number).isTrue();
        assertThat(number).matches(expectedRegex(pattern, format.start() - 1 + sequenceValue));
        assertThat(format.startsLikeANumber(number) || parts.get(0).startsWith("{rand") || parts.get(0).startsWith("{code")).isTrue();
        assertThat(again.format(sequenceValue, new Random(seed))).isEqualTo(number);
        assertThat(again.sequence()).isEqualTo(format.sequence());
    }

    @Property
    void randomCharactersComeFromTheirAlphabet(@ForAll @IntRange(min = 1, max = 99) int length, @ForAll long seed) {
        String code = CaseNumberFormat.of("{code:" + length + "}{rand:8}", 1).format(1, new Random(seed)).substring(0, length);

        assertThat(code.chars()).allMatch(c -> CaseNumberFormat.CODE_ALPHABET.indexOf(c) >= 0);
    }

    @Provide
    Arbitrary<List<String>> anyParts() {
        return part().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> validParts() {
        return anyParts().filter(parts -> {
            try {
                CaseNumberFormat.of(String.join("", parts), 1);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static Arbitrary<String> part() {
        Arbitrary<String> literal = Arbitraries.strings().withChars("ABCXYZ-/#._09").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> width = Arbitraries.integers().between(0, 12).map(w -> w == 0 ? "" : ":" + w);
        Arbitrary<String> length = Arbitraries.integers().between(1, 12).map(n -> ":" + n);
        return Arbitraries.oneOf(literal, literal,
                width.map(w -> "{seq" + w + "}"),
                width.map(w -> "{customerSeq" + w + "}"),
                length.map(n -> "{rand" + n + "}"),
                length.map(n -> "{code" + n + "}"));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("CAS-{seq:5}-{rand:6}", "CASE-{seq}", "{seq}", "{rand:2}{seq:3}{rand:1}", "MH-{seq:6}",
                "{seq:12}X{rand:1}", "CAS-{customerSeq:5}-{rand:6}", "{code:3}{customerSeq}{code:3}", "P/{customerSeq:2}/{code:6}");
    }

    /** The regex a number of the pattern must match, with the given value in place of {seq}. */
    private static String expectedRegex(String pattern, long value) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{(seq|customerSeq|rand|code)(?::(\\d+))?}").matcher(pattern);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(at, m.start())));
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(1).equals("seq") || m.group(1).equals("customerSeq")) {
                String digits = Long.toString(value);
                regex.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
            } else if (m.group(1).equals("code")) {
                regex.append("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{").append(width).append('}');
            } else {
                regex.append("[A-Z0-9]{").append(width).append('}');
            }
            at = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        return regex.toString();
    }

    /**
     * Gives 0, 1, 2, ... from {@code nextInt(36)} and {@code nextInt(31)}, so a random part spells out
     * its alphabet.
     */
    private static final class Counting implements RandomGenerator {
        private int next;

        @Override
        public int nextInt(int bound) {
            assertThat(bound).isIn(36, CaseNumberFormat.CODE_ALPHABET_SIZE);
            return next++ % bound;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only nextInt(bound) is expected");
        }
    }
}
