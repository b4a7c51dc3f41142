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
package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.text.NoControlCharactersValidator;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule set for the text commands carry (issue #13, items 6 and 7): every store gets the same
 * text back, and no field hides control or invisible formatting characters.
 */
class TextRulesTest {

    private final Portal portal = new Portal("software-vendor");

    private Case open() {
        return portal.open(ANNA, OpenCase.builder().title("Report fails").description("The monthly report fails.")
                .caseType(portal.definition.caseTypes().get(0).code()).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0085", "\u009b", "\u202e", "\u2066", "\u200b", "\u2060", "\ufeff", "\u2028", "\ud800", "\udc00", "\u0000"})
    void aTitleIsOneLineOfVisibleText(String bad) {
        Case c = open();

        assertThatThrownBy(() -> portal.cases().execute(ALICE, new ChangeTitle(c.id(), "Report" + bad + "fails")))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("title", "NoControlCharacters")));
        assertThat(portal.store.find(c.id()).orElseThrow()).isEqualTo(c);
    }

    @Test
    void aCommentMayHoldLineBreaksAndJoinedEmojiButNoOverrides() {
        Case c = open();
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";

        Case commented = portal.cases().execute(ANNA, new AddComment(c.id(), "Line one\r\nLine two\t" + family, Visibility.PUBLIC));

        assertThat(portal.store.find(c.id()).orElseThrow()).isEqualTo(commented);
        assertThatThrownBy(() -> portal.cases().execute(ANNA, new AddComment(c.id(), "invoice \u202egpj.exe", Visibility.PUBLIC)))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("body"));
    }

    @Test
    void nulAndUnpairedSurrogatesAreRefusedInFieldsWithoutATextRuleToo() {
        Case c = open();

        assertThatThrownBy(() -> portal.cases().execute(ALICE, new Assign(c.id(), Owner.team("first\u0000line"))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("owner.id", "StorableText")));
        assertThatThrownBy(() -> portal.cases().execute(ALICE, new Assign(c.id(), Owner.team("team\ud800"))))
                .isInstanceOf(CommandValidationException.class);
        assertThatThrownBy(() -> portal.cases().getByNumber(ALICE, c.number() + "\u0000"))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(portal.store.find(c.id()).orElseThrow()).isEqualTo(c);
    }

    /** The rule, said once more with code points: what {@link NoControlCharactersValidator#isClean} must refuse. */
    private static boolean forbidden(int cp, boolean lineBreaks) {
        boolean c0 = cp < 0x20 && !(lineBreaks && (cp == '\t' || cp == '\n' || cp == '\r'));
        boolean invisible = cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
        boolean separator = !lineBreaks && (cp == 0x2028 || cp == 0x2029);
        return c0 || cp == 0x7F || cp >= 0x80 && cp <= 0x9F || invisible || separator || cp >= 0xD800 && cp <= 0xDFFF;
    }

    @Property(tries = 2000)
    void theValidatorRefusesExactlyTheForbiddenCharacters(@ForAll String text, @ForAll boolean lineBreaks) {
        boolean expected = text.codePoints().noneMatch(cp -> forbidden(cp, lineBreaks));

        assertThat(NoControlCharactersValidator.isClean(text, lineBreaks)).isEqualTo(expected);
    }
}
