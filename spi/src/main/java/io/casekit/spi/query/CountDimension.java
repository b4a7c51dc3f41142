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
package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.Case;
import java.util.function.Function;
import org.apiguardian.api.API;

/** What a dashboard counts cases per: the code each case is counted under. */
@API(status = STABLE, since = "0.1.0")
public enum CountDimension {
    /** Per priority code. */
    PRIORITY(Case::priority),
    /** Per status reason code. */
    STATUS_REASON(Case::statusReason),
    /** Per state name ({@code OPEN}, {@code RESOLVED}, {@code CANCELLED}). */
    STATE(c -> c.state().name()),
    /** Per case type code. */
    CASE_TYPE(Case::caseType),
    /** Per customer id. */
    CUSTOMER(Case::customerId);

    private final Function<Case, String> key;

    CountDimension(Function<Case, String> key) {
        this.key = key;
    }

    /**
     * The code the case is counted under.
     *
     * @param c the case
     * @return its code in this dimension
     */
    public String keyOf(Case c) {
        return key.apply(c);
    }
}
