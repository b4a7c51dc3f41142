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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * The actor may not do what it asked: it is unknown to the identity provider, or its kind may not
 * run the command (a contact assigning a case or writing an internal comment, a contact filing for
 * another customer). Nothing changed.
 */
@API(status = STABLE, since = "0.1.0")
public final class AccessDeniedException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The actor that was refused. */
    private final String actorId;

    /**
     * A refusal.
     *
     * @param actorId the actor that was refused
     * @param reason why, in words, e.g. {@code unknown actor}
     */
    public AccessDeniedException(String actorId, String reason) {
        super("access denied to '" + actorId + "': " + reason);
        this.actorId = actorId;
    }

    /** {@return the id of the actor that was refused} */
    public String actorId() {
        return actorId;
    }
}
