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
package io.casekit.core.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever name a client sends, an accepted name is a safe, single path segment. */
class FileNamesPropertyTest {

    @Property(tries = 2000)
    void anAcceptedNameIsOnePrintableSegment(@ForAll("names") String raw) {
        String tidied = FileNames.tidy(raw);

        if (FileNames.problems(tidied).isEmpty()) {
            assertThat(tidied).isNotBlank().doesNotContain("/", "\\").isNotEqualTo("..").isNotEqualTo(".");
            assertThat(tidied.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
            assertThat(tidied.codePoints().noneMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE))
                    .as("only printable characters in '%s'", tidied).isTrue();
            assertThat(tidied).isEqualTo(tidied.strip()).doesNotEndWith(".");
        }
    }

    @Property(tries = 500)
    void tidyingIsIdempotent(@ForAll("names") String raw) {
        String once = FileNames.tidy(raw);

        assertThat(FileNames.tidy(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("/", "\\", ".", "..", "../", " ", "\t", "\n", "\u0000", "\u001b", "\u0085", "\u202e", "\u200b",
                        "\u2028", "\ud800", "\udc00", "e\u0301", ":", "*", "?", "<", ">", "|", "\"", ".png", ".txt", "é", "😀"),
                Arbitraries.strings().all().ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
