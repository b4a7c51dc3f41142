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

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * The order of a case list: one column, one direction, and the case id as the tie-breaker in the
 * same direction, so that the order is total and a page boundary never splits or repeats cases that
 * share a value. Case ids compare as texts (binary).
 *
 * @param field the column
 * @param direction the direction, of the column and the tie-breaker alike
 */
@API(status = STABLE, since = "0.1.0")
public record CaseSort(CaseSortField field, SortDirection direction) {

    /** Newest change first: what a portal's case list shows by default. */
    public static final CaseSort NEWEST_CHANGE_FIRST = new CaseSort(CaseSortField.MODIFIED, SortDirection.DESCENDING);

    /**
     * Checks that both parts are present.
     *
     * @param field the column
     * @param direction the direction, of the column and the tie-breaker alike
     */
    public CaseSort {
        Checks.notNull(field, "sort.field");
        Checks.notNull(direction, "sort.direction");
    }

    /**
     * Sorts on a column, smallest value first.
     *
     * @param field the column
     * @return the sort
     */
    public static CaseSort ascending(CaseSortField field) {
        return new CaseSort(field, SortDirection.ASCENDING);
    }

    /**
     * Sorts on a column, largest value first.
     *
     * @param field the column
     * @return the sort
     */
    public static CaseSort descending(CaseSortField field) {
        return new CaseSort(field, SortDirection.DESCENDING);
    }

    /**
     * {@return the total order this sort defines: by the column, then by case id, both in this sort's
     * direction}
     */
    public Comparator<Case> comparator() {
        Comparator<Case> ascending = Comparator.<Case, Comparable<Object>>comparing(this::key)
                .thenComparing(c -> c.id().value());
        return direction == SortDirection.ASCENDING ? ascending : ascending.reversed();
    }

    /** Whether a case comes after the cursor's position in this order. */
    boolean isAfter(Case c, PageCursor cursor) {
        int byValue = compare(key(c), cursor.value());
        int byId = c.id().value().compareTo(cursor.caseId().value());
        int ascending = byValue != 0 ? byValue : byId;
        return direction == SortDirection.ASCENDING ? ascending > 0 : ascending < 0;
    }

    @SuppressWarnings("unchecked")
    private Comparable<Object> key(Case c) {
        return (Comparable<Object>) field.valueOf(c);
    }

    @SuppressWarnings("unchecked")
    private static int compare(Comparable<?> a, Comparable<?> b) {
        return ((Comparable<Object>) a).compareTo(b);
    }
}
