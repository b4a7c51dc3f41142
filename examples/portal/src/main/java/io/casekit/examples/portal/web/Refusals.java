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
package io.casekit.examples.portal.web;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.spi.CasekitException;
import java.util.stream.Collectors;

/** The text a page shows for a refusal of Casekit's: each violated field with its rule. */
public final class Refusals {

    private Refusals() {}

    /**
     * @param e what Casekit refused
     * @return the text to show
     */
    public static String describe(RuntimeException e) {
        if (e instanceof CommandValidationException invalid) {
            return invalid.violations().stream().map(Violation::toString).collect(Collectors.joining("; "));
        }
        return e instanceof CasekitException ? e.getMessage() : "The request could not be handled.";
    }
}
