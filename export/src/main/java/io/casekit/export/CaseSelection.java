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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.query.CaseFilter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which cases an export holds, before the actor's access rules narrow them: the cases matching a
 * filter, or those of a view of the workflow definition. Either way the export holds only the cases
 * the actor may see ({@link io.casekit.core.cases.CaseService#search}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public sealed interface CaseSelection permits CaseSelection.Matching, CaseSelection.View {

    /**
     * The cases matching a filter (a portal's list with its search and filters).
     *
     * @param filter the filter
     * @return the selection
     */
    static CaseSelection matching(CaseFilter filter) {
        return new Matching(filter);
    }

    /**
     * The cases of a view of the workflow definition the actor's customer follows (the default
     * definition for agents), as {@link io.casekit.core.cases.CaseService#viewFilter} finds them.
     *
     * @param viewCode the view's code, e.g. {@code open-waiting-customer}
     * @return the selection
     * @throws InvalidExportException naming the field {@code view} if the code is blank
     */
    static CaseSelection view(String viewCode) {
        return new View(viewCode);
    }

    /**
     * The cases matching a filter.
     *
     * @param filter the filter
     */
    record Matching(CaseFilter filter) implements CaseSelection {
        /**
         * Checks the filter.
         *
         * @param filter the filter
         */
        public Matching {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * The cases of a view of the workflow definition.
     *
     * @param code the view's code
     */
    record View(String code) implements CaseSelection {
        /**
         * Checks the code.
         *
         * @param code the view's code
         * @throws InvalidExportException naming the field {@code view} if the code is blank
         */
        public View {
            if (code == null || code.isBlank()) {
                throw new InvalidExportException("view", "the view code must not be blank");
            }
        }
    }
}
