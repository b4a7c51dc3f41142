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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** What a message may repeat of its input: a bounded, one-line quote. */
class QuotingTest {

    @Property
    void aQuoteIsShortOneLineAndKeepsTheStartOfItsInput(@ForAll @StringLength(max = 5_000) String input) {
        String quoted = Quoting.quote(input);

        assertThat(quoted.length()).isLessThanOrEqualTo(Quoting.MAX_QUOTED + 30);
        assertThat(quoted).doesNotContain("\r", "\n");
        if (input.length() <= Quoting.MAX_QUOTED && input.chars().noneMatch(Character::isISOControl)) {
            assertThat(quoted).isEqualTo(input);
        }
        if (input.length() > Quoting.MAX_QUOTED) {
            assertThat(quoted).endsWith("…(" + input.length() + " characters)");
        }
    }

    @Property
    void aCappedMessageIsBoundedAndKeepsItsStart(@ForAll @StringLength(max = 3_000) String message, @ForAll @IntRange(min = 1, max = 500) int max) {
        String capped = Quoting.cap(message, max);

        assertThat(capped.length()).isLessThanOrEqualTo(max + 40);
        assertThat(message).startsWith(capped.length() <= max ? capped : capped.substring(0, capped.indexOf("…(")));
    }

    @Test
    void aQuoteNeverCutsASurrogatePair() {
        String input = "a".repeat(Quoting.MAX_QUOTED - 1) + "\uD83D\uDE00" + "b".repeat(10);

        assertThat(Quoting.quote(input)).startsWith("a".repeat(Quoting.MAX_QUOTED - 1) + "…(");
    }

    @Test
    void everyCasekitExceptionHasABoundedMessageHoweverMuchItQuotes() {
        String field = "x".repeat(1_000_000);

        CasekitException e = new CasekitException("field " + field + " is unknown") {
            private static final long serialVersionUID = 1L;
        };

        assertThat(e.getMessage()).hasSizeLessThan(Quoting.MAX_MESSAGE + 40).startsWith("field xxx").endsWith("(1000017 characters in all)");
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThatThrownBy(() -> Quoting.cap("text", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
    }
}
