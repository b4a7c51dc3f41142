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
import java.time.Instant;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A column a case list can be sorted on. Texts sort by their characters' numeric values (binary,
 * not by a language's rules: {@code Z} before {@code a}); codes (priority, status reason, case type,
 * state) sort by code; instants by time.
 */
@API(status = STABLE, since = "0.1.0")
public enum CaseSortField {
    /** The case number. */
    NUMBER(Case::number),
    /** The title. */
    TITLE(Case::title),
    /** The customer's id. */
    CUSTOMER(Case::customerId),
    /** The case type code. */
    CASE_TYPE(Case::caseType),
    /** The priority code. */
    PRIORITY(Case::priority),
    /** The status reason code. */
    STATUS_REASON(Case::statusReason),
    /** The state's name ({@code CANCELLED}, {@code OPEN}, {@code RESOLVED}). */
    STATE(c -> c.state().name()),
    /** When the case was opened. */
    CREATED(Case::createdAt),
    /** When the case last changed. */
    MODIFIED(Case::modifiedAt);

    private final Function<Case, ? extends Comparable<?>> key;

    CaseSortField(Function<Case, ? extends Comparable<?>> key) {
        this.key = key;
    }

    /**
     * The case's value in this column: a {@link String} or an {@link Instant}.
     *
     * @param c the case
     * @return its value in this column
     */
    public Comparable<?> valueOf(Case c) {
        return key.apply(c);
    }

    /**
     * {@return whether the column holds instants ({@link #CREATED}, {@link #MODIFIED}) rather than
     * texts}
     */
    public boolean isInstant() {
        return this == CREATED || this == MODIFIED;
    }
}
