package io.casekit.core.attachments;

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
