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
package io.casekit.examples.portal.demo;

import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's people: five customers, one per preset and one without a support contract, their
 * contacts (authorised and not) and the service desk's agents in their teams.
 *
 * <p>A real portal takes these from its own user store through an {@code IdentityProvider}; the
 * in-memory directory keeps the demo self-contained. Contacts enrolled by an invitation live until
 * the portal stops.
 */
public final class DemoPeople {

    /** The customer on the IT-services preset (guide 000), with a contract. */
    public static final String ACME = "ACME";
    /** The customer on the software-vendor preset (guide 001), with a contract. */
    public static final String GLOBEX = "GLOBEX";
    /** The customer on the software-vendor preset without a support contract: always P4. */
    public static final String SOYLENT = "SOYLENT";
    /** The customer on the ERP-vendor preset (guide 002). */
    public static final String HOOLI = "HOOLI";
    /** The customer on the ERP-consultancy preset (guide 003). */
    public static final String INITECH = "INITECH";

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer(ACME, "Acme Facilities NV", Optional.of("SLA")),
            new Customer(GLOBEX, "Globex Software BV", Optional.of("SLA")),
            new Customer(SOYLENT, "Soylent Foods BVBA", Optional.empty()),
            new Customer(HOOLI, "Hooli Logistiek BV", Optional.of("SLA")),
            new Customer(INITECH, "Initech Bouw NV", Optional.of("SLA")));

    private static final List<Actor> PEOPLE = List.of(
            contact("anna", "Anna de Vries", ACME, "nl", true),
            contact("bart", "Bart Claes", ACME, "en", false),
            contact("gina", "Gina Peeters", GLOBEX, "en", true),
            contact("sam", "Sam Jacobs", SOYLENT, "en", true),
            contact("hanna", "Hanna Smit", HOOLI, "nl", true),
            contact("henk", "Henk Bakker", HOOLI, "nl", false),
            contact("ivo", "Ivo Maes", INITECH, "nl", true),
            contact("ilse", "Ilse Peeters", INITECH, "en", false),
            agent("alice", "Alice Janssens", "en", "support-mwi", "support-mwa", "support-ebizz", "first-line"),
            agent("bob", "Bob Wouters", "nl", "support-bc", "support-ce", "support-data", "support-caremanager", "second-line"),
            agent("carla", "Carla Dubois", "fr", "consultancy", "first-line"));

    private DemoPeople() {}

    /** {@return a directory with every demo customer and person} */
    public static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        CUSTOMERS.forEach(directory::add);
        PEOPLE.forEach(directory::add);
        return directory;
    }

    /** {@return the demo's people, contacts first} */
    public static List<Actor> people() {
        return PEOPLE;
    }

    /** {@return the demo's customers} */
    public static List<Customer> customers() {
        return CUSTOMERS;
    }

    /**
     * @param customerId a demo customer
     * @return the agent who takes its cases in the demo
     */
    public static String agentOf(String customerId) {
        return switch (customerId) {
            case HOOLI -> "bob";
            case INITECH -> "carla";
            default -> "alice";
        };
    }

    private static Actor contact(String id, String name, String customer, String language, boolean authorised) {
        Actor.Builder builder = Actor.contact(id, name, customer)
                .email(id + "@" + customer.toLowerCase(Locale.ROOT) + ".example")
                .language(Locale.forLanguageTag(language));
        return (authorised ? builder.authorised() : builder).build();
    }

    private static Actor agent(String id, String name, String language, String... teams) {
        return Actor.agent(id, name).teams(teams).email(id + "@vendor.example").language(Locale.forLanguageTag(language)).build();
    }
}
