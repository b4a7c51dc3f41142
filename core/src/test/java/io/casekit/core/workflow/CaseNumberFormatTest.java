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

    // ---- refused patterns ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "CAS-", "CAS-{rand:6}", "CAS-{SEQ}", "CAS-{seq:123}", "CAS-{ seq }"})
    void aPatternWithoutSeq(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format must contain {seq} exactly once, found 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{seq}{seq}", "A-{seq}-{seq:3}"})
    void aPatternWithTwoSeqs(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format must contain {seq} exactly once, found 2");
    }

    @Test
    void anUnknownPlaceholder() {
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{year}-{seq}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {year}; use {seq}, {seq:N} or {rand:N}");
        assertThatThrownBy(() -> CaseNumberFormat.of("CAS-{seq}-{random:4}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: unknown placeholder {random}; use {seq}, {seq:N} or {rand:N}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{seq}-{rand}", "CAS-{seq}-{rand:0}", "CAS-{seq}-{rand:00}"})
    void randWithoutALength(String pattern) {
        assertThatThrownBy(() -> CaseNumberFormat.of(pattern, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("caseNumber.format: {rand:N} needs a length N of 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAS-{seq}}", "CAS-{{seq}", "CAS}-{seq}", "CAS-{seq}-{", "CAS-{seq}-{rand:x}", "{}{seq}"})
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

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("CAS-{seq:5}-{rand:6}", "CASE-{seq}", "{seq}", "{rand:2}{seq:3}{rand:1}", "MH-{seq:6}",
                "{seq:12}X{rand:1}");
    }

    /** The regex a number of the pattern must match, with the given value in place of {seq}. */
    private static String expectedRegex(String pattern, long value) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{(seq|rand)(?::(\\d+))?}").matcher(pattern);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(at, m.start())));
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(1).equals("seq")) {
                String digits = Long.toString(value);
                regex.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
            } else {
                regex.append("[A-Z0-9]{").append(width).append('}');
            }
            at = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        return regex.toString();
    }

    /** Gives 0, 1, 2, ... from {@code nextInt(36)}, so the random part spells out the alphabet. */
    private static final class Counting implements RandomGenerator {
        private int next;

        @Override
        public int nextInt(int bound) {
            assertThat(bound).isEqualTo(36);
            return next++ % bound;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only nextInt(bound) is expected");
        }
    }
}
