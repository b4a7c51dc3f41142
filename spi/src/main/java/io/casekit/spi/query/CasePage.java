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
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One page of a case list.
 *
 * @param cases the page's cases in the query's order, at most the page size
 * @param next the cursor of the following page, or empty if no case follows
 */
@API(status = STABLE, since = "0.1.0")
public record CasePage(List<Case> cases, Optional<PageCursor> next) {

    /**
     * Copies the list of cases.
     *
     * @param cases the page's cases in the query's order, at most the page size
     * @param next the cursor of the following page, or empty if no case follows
     */
    public CasePage {
        cases = List.copyOf(Checks.notNull(cases, "cases"));
        Checks.notNull(next, "next");
    }

    /**
     * The page of a query from the cases that follow its cursor, in order, of which the store read
     * at most one more than the page size: that one only tells that a next page exists.
     *
     * @param query the query the page answers
     * @param following the cases after the query's cursor in its order, at most {@code pageSize + 1}
     * @return the page, with a cursor after its last case if a further case was read
     */
    public static CasePage of(CaseQuery query, List<Case> following) {
        if (following.size() <= query.pageSize()) {
            return new CasePage(following, Optional.empty());
        }
        List<Case> page = following.subList(0, query.pageSize());
        return new CasePage(page, Optional.of(PageCursor.after(page.get(page.size() - 1), query.sort())));
    }

    /** {@return whether the page is the last one: no case follows it} */
    public boolean isLast() {
        return next.isEmpty();
    }
}
