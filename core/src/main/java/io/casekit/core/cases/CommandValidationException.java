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
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A command was refused because its input breaks rules: of the command itself (a blank title, a
 * title too long) or of the workflow definition (an unknown case type, a priority the type does
 * not allow, a missing required field). Lists every violation, not just the first. Nothing
 * changed.
 */
@API(status = STABLE, since = "0.1.0")
public final class CommandValidationException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * A refused command.
     *
     * @param command the command's name, e.g. {@code OpenCase}
     * @param violations every violation found, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public CommandValidationException(String command, List<Violation> violations) {
        super(command + " refused: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** {@return every violation found, sorted by field; never empty} */
    public List<Violation> violations() {
        return violations;
    }
}
