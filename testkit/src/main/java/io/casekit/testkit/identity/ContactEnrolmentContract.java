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
package io.casekit.testkit.identity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.ContactEnrolment;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.identity.NewContact;
import io.casekit.spi.model.ActorKind;
import io.casekit.testkit.internal.Concurrently;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ContactEnrolment} must pass, together with the {@link IdentityProvider}
 * that must know its contacts at once. An implementation's test subclasses it and returns a provider
 * that knows the {@link IdentityFixture#standard() standard fixture} and enrols contacts:
 *
 * <pre>{@code
 * class MyDirectoryEnrolmentTest extends ContactEnrolmentContract {
 *     protected IdentityProvider createDirectory(IdentityFixture fixture) { ... }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public abstract class ContactEnrolmentContract {

    private IdentityProvider identity;
    private ContactEnrolment enrolment;

    /**
     * Makes a directory that knows exactly the fixture's customers and actors and is a {@link
     * ContactEnrolment} too; called before each test.
     *
     * @param fixture the customers and actors to know
     * @return the directory under test
     */
    protected abstract IdentityProvider createDirectory(IdentityFixture fixture);

    @BeforeEach
    final void setUpDirectory() {
        identity = createDirectory(IdentityFixture.standard());
        if (!(identity instanceof ContactEnrolment enrolling)) {
            throw new AssertionError(identity.getClass().getName() + " is no ContactEnrolment");
        }
        enrolment = enrolling;
    }

    @Test
    void anEnrolledContactIsKnownAtOnceByIdAddressAndCustomer() {
        Actor enrolled = enrolment.enrol(new NewContact(IdentityFixture.ACME, "eva@acme.test", "Eva Peeters", Locale.forLanguageTag("nl-BE"),
                true));

        assertThat(enrolled.kind()).isEqualTo(ActorKind.CONTACT);
        assertThat(enrolled.customerId()).contains(IdentityFixture.ACME);
        assertThat(enrolled.displayName()).isEqualTo("Eva Peeters");
        assertThat(enrolled.language()).isEqualTo(Locale.forLanguageTag("nl-BE"));
        assertThat(enrolled.authorisedContact()).isTrue();
        assertThat(enrolled.email()).contains("eva@acme.test");
        assertThat(identity.findActor(enrolled.id())).contains(enrolled);
        assertThat(identity.findByEmail("EVA@acme.test")).contains(enrolled);
        assertThat(identity.contactsOf(IdentityFixture.ACME)).contains(enrolled);
        assertThat(identity.contactsOf(IdentityFixture.INITECH)).doesNotContain(enrolled);
    }

    @Test
    void anAddressAnActorHasAlreadyOrAnUnknownCustomerIsRefusedAndEnrolsNobody() {
        int before = identity.contactsOf(IdentityFixture.ACME).size();

        assertThatIllegalArgumentException().isThrownBy(() -> enrolment.enrol(
                new NewContact(IdentityFixture.ACME, "bob@ACME.test", "Bob Again", Locale.ENGLISH, false)));
        assertThatIllegalArgumentException().isThrownBy(() -> enrolment.enrol(
                new NewContact("no-such-customer", "new@nowhere.test", "Nobody", Locale.ENGLISH, false)));
        assertThat(identity.contactsOf(IdentityFixture.ACME)).hasSize(before);
        assertThat(identity.findByEmail("new@nowhere.test")).isEmpty();
    }

    @Test
    void ofRacingEnrolmentsWithOneAddressExactlyOneSucceeds() throws Exception {
        AtomicInteger enrolled = new AtomicInteger();
        Concurrently.run(8, () -> {
            try {
                enrolment.enrol(new NewContact(IdentityFixture.INITECH, "first@initech.test", "First", Locale.ENGLISH, false));
                enrolled.incrementAndGet();
            } catch (IllegalArgumentException taken) {
                // another enrolment took the address first
            }
            return null;
        });
        assertThat(enrolled).hasValue(1);
        assertThat(identity.contactsOf(IdentityFixture.INITECH)).hasSize(1);
        assertThat(identity.findByEmail("first@initech.test")).isEqualTo(Optional.of(identity.contactsOf(IdentityFixture.INITECH).get(0)));
    }
}
