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
package io.casekit.spi.identity;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Tells Casekit who actors and customers are. The host authenticates people; Casekit asks this
 * provider for the facts it needs to decide access and to address notifications.
 *
 * <p>Implementations must be thread-safe and should answer from a cache or a fast directory: the
 * engine asks on every operation.
 */
@API(status = STABLE, since = "0.1.0")
public interface IdentityProvider {

    /**
     * The actor with this id.
     *
     * @param actorId the actor's id, as the host authenticated it
     * @return the actor, or empty if unknown (an unknown actor is refused access)
     */
    Optional<Actor> findActor(String actorId);

    /**
     * The customer with this id.
     *
     * @param customerId the customer's id
     * @return the customer, or empty if unknown
     */
    Optional<Customer> findCustomer(String customerId);

    /**
     * Every contact of the customer, in a stable order.
     *
     * @param customerId the customer's id
     * @return the contacts; empty if none or the customer is unknown
     */
    List<Actor> contactsOf(String customerId);

    /**
     * The agents of a team, in a stable order, for notification rules addressed to the team that
     * owns a case. The default knows no members: such rules reach nobody.
     *
     * @param teamId the team's id
     * @return the team's agents; empty if the team has none or is unknown
     */
    default List<Actor> membersOf(String teamId) {
        return List.of();
    }

    /**
     * The actor with this mail address (compared without regard to case), for mail into cases; empty
     * if none, or if several actors share the address (a sender must be unambiguous). The default
     * knows no addresses: every inbound mail is refused as from an unknown sender.
     *
     * @param address the sender's mail address
     * @return the one actor with that address, or empty
     */
    default Optional<Actor> findByEmail(String address) {
        return Optional.empty();
    }
}
