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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The identity contract itself: a faithful provider passes it, and each kind of broken one is caught. */
class IdentityProviderContractTest {

    @Test
    void aFaithfulProviderPassesEveryTest() {
        Events tests = run(Faithful.class);

        assertThat(tests.failed().count()).isZero();
        assertThat(tests.aborted().count()).isZero();
        assertThat(tests.succeeded().count()).isEqualTo(13);
    }

    @Test
    void aProviderThatListsOtherCustomersContactsFails() {
        assertThat(methods(run(LeaksContacts.class).failed())).containsExactlyInAnyOrder(
                "contactsOfACustomerAreAllItsContactsAndNothingElse", "aCustomerWithoutContactsOrAnUnknownOneHasNone");
    }

    @Test
    void aProviderThatComparesAddressesWithCaseOrTakesTheFirstOfSeveralFails() {
        assertThat(methods(run(CaseSensitiveMail.class).failed())).containsExactlyInAnyOrder(
                "findsAnActorByMailAddressWithoutRegardToCase", "anUnknownOrSharedAddressFindsNobody");
    }

    @Test
    void aProviderWithoutTeamsOrAddressesHasThoseTestsReportedAsNotRun() {
        Events tests = run(KeepsDefaults.class);

        assertThat(methods(tests.aborted())).containsExactlyInAnyOrder("membersOfATeamAreItsAgents",
                "anEmptyOrUnknownTeamHasNoMembersAndTheOrderIsStable", "findsAnActorByMailAddressWithoutRegardToCase",
                "anUnknownOrSharedAddressFindsNobody");
        assertThat(tests.failed().count()).isZero();
    }

    private static Events run(Class<?> harness) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(harness)).execute().testEvents();
    }

    private static List<String> methods(Events events) {
        return events.stream().map(IdentityProviderContractTest::method).toList();
    }

    private static String method(Event event) {
        return event.getTestDescriptor().getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getMethodName).orElseThrow();
    }

    /** A provider over the fixture's lists, with switches for the faults the contract must catch. */
    static class ListProvider implements IdentityProvider {
        final IdentityFixture fixture;
        boolean leakContacts;
        boolean caseSensitiveMail;

        ListProvider(IdentityFixture fixture) {
            this.fixture = fixture;
        }

        @Override
        public Optional<Actor> findActor(String actorId) {
            return fixture.actors().stream().filter(a -> a.id().equals(actorId)).findFirst();
        }

        @Override
        public Optional<Customer> findCustomer(String customerId) {
            return fixture.customers().stream().filter(c -> c.id().equals(customerId)).findFirst();
        }

        @Override
        public List<Actor> contactsOf(String customerId) {
            return fixture.actors().stream().filter(a -> leakContacts ? a.customerId().isPresent() : a.customerId().equals(Optional.of(customerId)))
                    .sorted(Comparator.comparing(Actor::id)).toList();
        }

        @Override
        public List<Actor> membersOf(String teamId) {
            return fixture.actors().stream().filter(a -> a.teams().contains(teamId)).sorted(Comparator.comparing(Actor::id)).toList();
        }

        @Override
        public Optional<Actor> findByEmail(String address) {
            List<Actor> found = fixture.actors().stream().filter(a -> a.email().filter(e -> caseSensitiveMail ? e.equals(address)
                    : e.toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT))).isPresent()).toList();
            return caseSensitiveMail ? found.stream().findFirst() : found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** Not run by itself: the harnesses' names end in no "Test". */
    static class Faithful extends IdentityProviderContract {
        @Override
        protected IdentityProvider createProvider(IdentityFixture fixture) {
            return new ListProvider(fixture);
        }
    }

    static class LeaksContacts extends IdentityProviderContract {
        @Override
        protected IdentityProvider createProvider(IdentityFixture fixture) {
            ListProvider provider = new ListProvider(fixture);
            provider.leakContacts = true;
            return provider;
        }
    }

    static class CaseSensitiveMail extends IdentityProviderContract {
        @Override
        protected IdentityProvider createProvider(IdentityFixture fixture) {
            ListProvider provider = new ListProvider(fixture);
            provider.caseSensitiveMail = true;
            return provider;
        }
    }

    static class KeepsDefaults extends IdentityProviderContract {
        @Override
        protected IdentityProvider createProvider(IdentityFixture fixture) {
            ListProvider list = new ListProvider(fixture);
            return new IdentityProvider() { // membersOf and findByEmail keep the SPI's defaults
                @Override
                public Optional<Actor> findActor(String actorId) {
                    return list.findActor(actorId);
                }

                @Override
                public Optional<Customer> findCustomer(String customerId) {
                    return list.findCustomer(customerId);
                }

                @Override
                public List<Actor> contactsOf(String customerId) {
                    return list.contactsOf(customerId);
                }
            };
        }

        @Override
        protected boolean knowsTeams() {
            return false;
        }

        @Override
        protected boolean knowsMailAddresses() {
            return false;
        }
    }
}
