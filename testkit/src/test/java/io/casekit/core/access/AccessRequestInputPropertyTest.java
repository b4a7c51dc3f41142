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
package io.casekit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.notify.MailDesk;
import io.casekit.spi.access.StoredAccessRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15: whatever a visitor types into the access request form, the request is either stored
 * with exactly the typed values (blanks around them removed), or refused naming each field it
 * breaks, and then nothing is stored; an accepted name is one visible line.
 */
class AccessRequestInputPropertyTest {

    private final MailDesk desk = AccessDesks.agentsOnly(); // one per property: the tries share it, an hour apart
    private final AccessRequests requests = desk.casekit.accessRequests();

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(250),
                Arbitraries.strings().withChars("abc XYZ éñ@.+-\r\n\t\u0000\u202E\u2028\uFEFF\uD83D\uDE00\uD800").ofMaxLength(30),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(s -> s + "@acme.example"));
    }

    @Property(tries = 300)
    void aFormIsStoredAsTypedOrRefusedNamingItsFieldsWithNothingStored(@ForAll("typed") String name, @ForAll("typed") String email,
            @ForAll("typed") String reason) {
        desk.clock.advance(Duration.ofMinutes(61));
        List<StoredAccessRequest> before = requests.list(MailDesk.ALICE, Optional.empty());
        AccessRequestForm form = AccessRequestForm.of(name, email, "Acme", reason);
        try {
            StoredAccessRequest stored = requests.submit(form);
            assertThat(stored.name()).isEqualTo(name.strip()).isNotBlank().doesNotContain("\n", "\r", "\u0000", "\u202E", "\u2028");
            assertThat(stored.email()).isEqualTo(email.strip()).contains("@");
            assertThat(stored.reason()).isEqualTo(reason.strip());
            assertThat(requests.list(MailDesk.ALICE, Optional.empty())).first().isEqualTo(stored);
            assertThat(requests.list(MailDesk.ALICE, Optional.empty())).hasSize(before.size() + 1);
        } catch (CommandValidationException refused) {
            assertThat(refused.violations()).isNotEmpty().extracting(Violation::field).isSubsetOf("name", "email", "reason")
                    .doesNotHaveDuplicates();
            assertThat(requests.list(MailDesk.ALICE, Optional.empty())).isEqualTo(before);
        }
    }
}
