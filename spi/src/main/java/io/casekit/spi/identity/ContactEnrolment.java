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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Creates contacts in the host's directory when an invitation is redeemed. The host implements it
 * beside its {@link IdentityProvider} (Casekit's {@code InMemoryDirectory} does both); once {@link
 * #enrol} returns, the provider must know the new contact.
 *
 * <p>Implementations must be thread-safe and pass {@code ContactEnrolmentContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface ContactEnrolment {

    /**
     * Creates a contact.
     *
     * @param contact who to create
     * @return the new contact, as the identity provider will give it from now on
     * @throws IllegalArgumentException if the customer is unknown or an actor already has the mail address
     */
    Actor enrol(NewContact contact);
}
