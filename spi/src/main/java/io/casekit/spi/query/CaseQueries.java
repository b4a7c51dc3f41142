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

import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * Finds and counts cases: the contract of a store that answers case lists and dashboards. Results
 * reflect committed cases only; a page is consistent in itself, and paging with cursors never
 * repeats or skips a case that did not change meanwhile.
 *
 * <p>Implementations must be thread-safe and pass {@code CaseQueriesContract} from {@code
 * casekit-testkit}: the same answers as {@link CaseFilter#matches} and {@link CaseSort#comparator()}.
 */
@API(status = STABLE, since = "0.1.0")
public interface CaseQueries {

    /**
     * One page of the cases that match the query's filter, in its sort's order, after its cursor.
     *
     * @param query the filter, sort, page size and cursor
     * @return the page; never null
     */
    CasePage search(CaseQuery query);

    /**
     * How many cases that match the filter have each code of the dimension (a dashboard's "open
     * cases per priority").
     *
     * @param filter which cases to count
     * @param dimension what to count them per
     * @return the non-zero counts by code, in code order; never null
     */
    SortedMap<String, Long> count(CaseFilter filter, CountDimension dimension);
}
