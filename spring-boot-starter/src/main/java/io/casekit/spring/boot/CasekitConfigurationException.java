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
package io.casekit.spring.boot;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serial;
import org.apiguardian.api.API;

/**
 * Casekit cannot start with the application's configuration: a property names something that does
 * not exist, or a bean Casekit needs is missing. Spring Boot's failure analysis shows the message and
 * {@link #action() what to do}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CasekitConfigurationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What the application should do about it. */
    private final String action;

    /**
     * @param message what is wrong, naming the property or bean
     * @param action what the application should do about it
     */
    public CasekitConfigurationException(String message, String action) {
        super(requireNonNull(message, "message"));
        this.action = requireNonNull(action, "action");
    }

    /** {@return what the application should do about it} */
    public String action() {
        return action;
    }
}
