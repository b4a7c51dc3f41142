package io.casekit.core.cases;

import static io.casekit.core.notify.MailDesk.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.casekit.core.notify.MailDesk;
import org.junit.jupiter.api.Test;

/** A refusal quotes the caller's input, but never more than a bounded part of it. */
class RefusalMessagesTest {

    private final MailDesk desk = new MailDesk("it-services");

    @Test
    void aMillionCharacterFieldNameGivesAShortMessageThatStillNamesTheField() {
        String name = "f".repeat(1_000_000);

        CommandValidationException e = catchThrowableOfType(CommandValidationException.class,
                () -> desk.cases().execute(ANNA, desk.opening("Printer jams").customField(name, "x").build()));

        assertThat(e.getMessage()).hasSizeLessThan(3_000).contains("customFields[fff");
        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.field()).startsWith("customFields[fff").hasSizeLessThan(Violation.MAX_FIELD + 40);
            assertThat(v.message().length()).isLessThanOrEqualTo(Violation.MAX_MESSAGE + 40);
        });
    }

    @Test
    void aMillionCharacterValueGivesAShortMessage() {
        String value = "v".repeat(1_000_000);

        CommandValidationException e = catchThrowableOfType(CommandValidationException.class,
                () -> desk.cases().execute(ANNA, desk.opening(value).build()));

        assertThat(e.getMessage()).hasSizeLessThan(3_000).contains("title");
    }

    @Test
    void aViolationKeepsShortPartsAsTheyAre() {
        Violation v = new Violation("title", "Size", "must be at most 200 characters");

        assertThat(v.toString()).isEqualTo("title: must be at most 200 characters [Size]");
    }
}
