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
package io.casekit.core.change.internal;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the violations of one command, to throw them all at once. Not thread-safe. */
public final class Violations {

    private final String command;
    private final List<Violation> found = new ArrayList<>();

    /** Violations of the named command. */
    public Violations(String command) {
        this.command = command;
    }

    /** Records one violation. */
    public void add(String field, String rule, String message) {
        found.add(new Violation(field, rule, message));
    }

    /** Whether a violation of the field was recorded already. */
    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Throws a {@link CommandValidationException} with every violation collected, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
            throw new CommandValidationException(command, found);
        }
    }

    /** Throws at once with one violation. */
    public static CommandValidationException single(String command, String field, String rule, String message) {
        return new CommandValidationException(command, List.of(new Violation(field, rule, message)));
    }
}
