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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One page of a case list: which cases, in which order, how many, and after which case.
 *
 * @param filter which cases
 * @param sort the order
 * @param pageSize how many cases a page holds at most, 1 to {@value #MAX_PAGE_SIZE}
 * @param after where the previous page ended, or empty for the first page; its sort must be this
 *     query's sort
 */
@API(status = STABLE, since = "0.1.0")
public record CaseQuery(CaseFilter filter, CaseSort sort, int pageSize, Optional<PageCursor> after) {

    /** The largest page a query may ask for. */
    public static final int MAX_PAGE_SIZE = 1_000;

    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    /**
     * Checks the components.
     *
     * @param filter which cases
     * @param sort the order
     * @param pageSize how many cases a page holds at most, 1 to {@value #MAX_PAGE_SIZE}
     * @param after where the previous page ended, or empty for the first page; its sort must be this
     *     query's sort
     * @throws InvalidQueryException if {@code pageSize} is out of range or the cursor belongs to
     *     another sort
     */
    public CaseQuery {
        Checks.notNull(filter, "filter");
        Checks.notNull(sort, "sort");
        Checks.notNull(after, "after");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidQueryException("pageSize", "must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        if (after.isPresent() && !after.get().sort().equals(sort)) {
            throw new InvalidQueryException("after", "is a cursor of the sort " + after.get().sort() + ", not of " + sort);
        }
    }

    /**
     * The first page of {@value #DEFAULT_PAGE_SIZE} cases of a filter, newest change first.
     *
     * @param filter which cases
     * @return the query
     */
    public static CaseQuery firstPage(CaseFilter filter) {
        return new CaseQuery(filter, CaseSort.NEWEST_CHANGE_FIRST, DEFAULT_PAGE_SIZE, Optional.empty());
    }

    /**
     * This query with another sort, from the first page.
     *
     * @param value the new sort
     * @return the changed query, without cursor
     */
    public CaseQuery sortedBy(CaseSort value) {
        return new CaseQuery(filter, value, pageSize, Optional.empty());
    }

    /**
     * This query with another filter, from the same position.
     *
     * @param value the new filter
     * @return the changed query, with the same sort, page size and cursor
     */
    public CaseQuery withFilter(CaseFilter value) {
        return new CaseQuery(value, sort, pageSize, after);
    }

    /**
     * This query with another page size.
     *
     * @param value the new page size, 1 to {@value #MAX_PAGE_SIZE}
     * @return the changed query
     * @throws InvalidQueryException if the size is out of range
     */
    public CaseQuery withPageSize(int value) {
        return new CaseQuery(filter, sort, value, after);
    }

    /**
     * The page after the given cursor.
     *
     * @param cursor where the previous page ended, a cursor of this query's sort
     * @return the query for the following page
     * @throws InvalidQueryException if the cursor belongs to another sort
     */
    public CaseQuery after(PageCursor cursor) {
        return new CaseQuery(filter, sort, pageSize, Optional.of(cursor));
    }

    /**
     * The page after the given page, or this query if that page was the last.
     *
     * @param page a page this query returned
     * @return the query for the following page
     */
    public CaseQuery next(CasePage page) {
        return page.next().map(this::after).orElse(this);
    }

    /**
     * Whether a case, in the sort's order, comes after this query's cursor (true without cursor).
     *
     * @param c the case
     * @return whether it belongs after the cursor
     */
    public boolean isAfterCursor(Case c) {
        return after.map(cursor -> sort.isAfter(c, cursor)).orElse(true);
    }
}
