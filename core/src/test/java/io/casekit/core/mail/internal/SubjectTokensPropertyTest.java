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
package io.casekit.core.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.TrackingToken;
import io.casekit.core.workflow.WorkflowDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The token of a case is always found in a subject, and nothing but well-formed numbers ever is. */
class SubjectTokensPropertyTest {

    private static final WorkflowDefinition IT = Presets.load("it-services");
    private static final SubjectTokens TOKENS = new SubjectTokens(List.of(IT));
    private static final CaseNumberFormat NUMBERS = IT.caseNumberFormat();
    private static final TrackingToken TOKEN = IT.trackingToken();

    /** Text around a token in a subject: anything but the token's opening bracket. */
    @Provide
    Arbitrary<String> around() {
        return Arbitraries.strings().withChars("Re: Fwd:AW()]-\r\n\tCAS0123456789xyzé").ofMaxLength(30);
    }

    @Property
    void theTokenOfAnyCaseNumberIsFoundWhateverSurroundsIt(@ForAll @LongRange(min = 1, max = 9_999_999) long sequence,
            @ForAll long seed, @ForAll("around") String before, @ForAll("around") String after) {
        String number = NUMBERS.format(sequence, new Random(seed));

        SubjectTokens.Found found = TOKENS.find(MailText.subject(before + " " + TOKEN.format(number) + " " + after));

        assertThat(found.numbers()).containsExactly(number);
        assertThat(found.malformed()).isEmpty();
    }

    /** Definitions like it-services with the number formats that reveal less: per customer, random only. */
    private static final List<WorkflowDefinition> OTHER_FORMATS = List.of(
            IT.toBuilder().caseNumber("CAS-{customerSeq:5}-{rand:6}", 1).build(),
            IT.toBuilder().caseNumber("C-{code:10}", 1).build(),
            IT.toBuilder().caseNumber("{code:4}-{rand:4}", 1).build());

    @Provide
    Arbitrary<WorkflowDefinition> otherFormats() {
        return Arbitraries.of(OTHER_FORMATS);
    }

    @Property
    void theTokenOfANumberOfAnyFormatIsFoundInAnyLetterCase(@ForAll("otherFormats") WorkflowDefinition d,
            @ForAll @LongRange(min = 1, max = 9_999_999) long sequence, @ForAll long seed, @ForAll boolean lowerCase) {
        String number = d.caseNumberFormat().format(sequence, new Random(seed));
        String written = lowerCase ? number.toLowerCase(Locale.ROOT) : number;

        SubjectTokens.Found found = new SubjectTokens(List.of(d)).find(MailText.subject("Re: " + d.trackingToken().format(written)));

        assertThat(found.numbers()).containsExactly(number);
        assertThat(found.malformed()).isEmpty();
    }

    @Property
    void whatIsFoundInAnySubjectIsAWellFormedNumberWrittenAsAToken(@ForAll String subject) {
        String line = MailText.subject(subject);

        SubjectTokens.Found found = TOKENS.find(line);

        // tokens are read after the documented normalisation: NFKC, no format characters, no blanks, any letter case
        String squashed = SubjectTokens.normalise(line).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        assertThat(found.numbers()).allSatisfy(number -> {
            assertThat(NUMBERS.matches(number)).isTrue();
            assertThat(squashed).contains(TOKEN.format(number));
        });
        assertThat(found.malformed()).allSatisfy(token -> assertThat(token.regionMatches(true, 0, "[CAS-", 0, 5)
                || token.chars().anyMatch(c -> c > 0x7F)).as(token).isTrue());
    }

    @Property
    void aDamagedTokenIsNeverTakenForTheCase(@ForAll @LongRange(min = 1, max = 99_999) long sequence, @ForAll long seed,
            @ForAll("damage") int position, @ForAll("replacement") char replacement) {
        String number = NUMBERS.format(sequence, new Random(seed));
        int at = 4 + position % (number.length() - 4);
        String damaged = number.substring(0, at) + replacement + number.substring(at + 1);
        // the documented normalisation: blanks inside a token go, letter case does not count
        String normal = damaged.replaceAll("\\s", "").toUpperCase(Locale.ROOT);

        SubjectTokens.Found found = TOKENS.find("Re: " + TOKEN.format(damaged));

        if (NUMBERS.matches(normal)) {
            assertThat(found.numbers()).containsExactly(normal); // the case itself, or another well-formed number: the store decides
        } else {
            assertThat(found.numbers()).isEmpty();
            assertThat(found.malformed()).isNotEmpty();
        }
    }

    @Property
    void aTokenWhoseLetterCaseOrBlanksChangedStillNamesItsCase(@ForAll @LongRange(min = 1, max = 9_999_999) long sequence,
            @ForAll long seed, @ForAll("blankPositions") List<Integer> blanks) {
        String number = NUMBERS.format(sequence, new Random(seed));
        StringBuilder mangled = new StringBuilder(number.toLowerCase(Locale.ROOT));
        for (int position : blanks) {
            mangled.insert(position % (mangled.length() + 1), ' ');
        }

        SubjectTokens.Found found = TOKENS.find("Re: [" + mangled + "] vpn");

        assertThat(found.numbers()).containsExactly(number);
        assertThat(found.malformed()).isEmpty();
    }

    @Provide
    Arbitrary<List<Integer>> blankPositions() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> damage() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Character> replacement() {
        return Arbitraries.chars().with(" -a[]\r\n\u00e9Z0");
    }
}
