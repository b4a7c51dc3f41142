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
