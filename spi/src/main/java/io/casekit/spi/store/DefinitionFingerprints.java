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
package io.casekit.spi.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.DefinitionRef;
import org.apiguardian.api.API;

/**
 * The fingerprint of each workflow definition version whose cases a store keeps: the optional
 * capability that lets Casekit notice a definition changed in place under the same id and version
 * (the open cases of that version would silently follow other rules). Casekit records the
 * fingerprint of every definition it is built with; a later build with another definition under the
 * same id and version is refused, unless the host declares the change deliberate.
 *
 * <p>A fingerprint is an opaque text (at most 64 characters) that Casekit derives from the whole
 * definition. Implementations must be thread-safe, atomic across the nodes that share the store, and
 * pass {@code DefinitionFingerprintsContract} from {@code casekit-testkit}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface DefinitionFingerprints {

    /** The longest fingerprint a store must keep. */
    int MAX_LENGTH = 64;

    /**
     * Records the fingerprint of a definition version, unless one is recorded already.
     *
     * @param definition the definition version
     * @param fingerprint its fingerprint, not blank, at most {@value #MAX_LENGTH} characters
     * @return the fingerprint recorded for the version: {@code fingerprint} if this call recorded it
     *     (or the same was recorded), else the one recorded before; of concurrent calls for one
     *     version, all return the same
     */
    String recordIfAbsent(DefinitionRef definition, String fingerprint);

    /**
     * Checks a fingerprint against the rule every implementation applies: not blank, at most
     * {@value #MAX_LENGTH} characters.
     *
     * @param fingerprint the fingerprint to check
     * @return the fingerprint
     * @throws IllegalArgumentException if it breaks the rule
     * @throws NullPointerException if it is null
     */
    static String checked(String fingerprint) {
        if (fingerprint.isBlank() || fingerprint.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("fingerprint must be 1 to " + MAX_LENGTH + " characters and not blank, was "
                    + fingerprint.length() + " characters");
        }
        return fingerprint;
    }

    /**
     * Records a new fingerprint for a definition version, replacing any recorded one (the host
     * declared the change of the definition deliberate).
     *
     * @param definition the definition version
     * @param fingerprint its new fingerprint, not blank, at most {@value #MAX_LENGTH} characters
     */
    void replace(DefinitionRef definition, String fingerprint);
}
