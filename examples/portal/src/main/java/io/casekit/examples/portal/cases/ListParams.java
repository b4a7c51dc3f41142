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
package io.casekit.examples.portal.cases;

import io.casekit.core.cases.CaseService;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import io.casekit.spi.query.CaseSortField;
import io.casekit.spi.query.PageCursor;
import io.casekit.spi.query.SortDirection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A case list as the URL asks for it ({@code /cases?view=..&scope=mine&q=..&sort=priority&dir=asc}):
 * the definition's view, "my cases" or "all cases of my company", a {@code *} search, the sort
 * column and direction, and the keyset cursor of the page. Casekit checks every value: a bad one
 * is a typed error that the page shows.
 *
 * @param view the view's code, or none for every case
 * @param scope {@code mine} for the cases the user filed, anything else for every case it may see
 * @param q the search text, {@code *} as wildcard
 * @param sort the sort column ({@link CaseSortField} in lower case)
 * @param dir {@code asc} or {@code desc}
 * @param after the cursor of the page to show, none for the first
 */
public record ListParams(@Nullable String view, @Nullable String scope, @Nullable String q, @Nullable String sort,
        @Nullable String dir, @Nullable String after) {

    /** {@return whether the list is "my cases"} */
    public boolean mine() {
        return "mine".equals(scope);
    }

    /** {@return the sort the list asks for; newest change first by default} */
    public CaseSort caseSort() {
        if (isBlank(sort)) {
            return CaseSort.NEWEST_CHANGE_FIRST;
        }
        CaseSortField field = CaseSortField.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_'));
        return new CaseSort(field, "desc".equals(dir) ? SortDirection.DESCENDING : SortDirection.ASCENDING);
    }

    /**
     * @param cases resolves the view for the user
     * @param actorId the user
     * @return the filter of the list (Casekit adds the user's own restrictions when it searches)
     */
    public CaseFilter filter(CaseService cases, String actorId) {
        CaseFilter base = isBlank(view) ? CaseFilter.ALL : cases.viewFilter(actorId, view);
        CaseFilter.Builder builder = base.toBuilder();
        if (mine()) {
            builder.contactIds(actorId);
        }
        if (!isBlank(q)) {
            builder.search(q.strip());
        }
        return builder.build();
    }

    /**
     * @param cases resolves the view for the user
     * @param actorId the user
     * @return the query of this page
     */
    public CaseQuery query(CaseService cases, String actorId) {
        CaseQuery query = CaseQuery.firstPage(filter(cases, actorId)).sortedBy(caseSort());
        return isBlank(after) ? query : query.after(PageCursor.parse(after));
    }

    /**
     * @param column a sort column, lower case
     * @return the URL of this list sorted on the column, ascending, or descending when it already is
     *     ascending on it
     */
    public String sortedOn(String column) {
        boolean ascendingNow = column.equals(sort) && !"desc".equals(dir);
        return url("/cases", Map.of("sort", column, "dir", ascendingNow ? "desc" : "asc"), true);
    }

    /**
     * @param cursor the next page's cursor
     * @return the URL of the next page
     */
    public String next(String cursor) {
        return url("/cases", Map.of("after", cursor), false);
    }

    /**
     * @param format {@code xlsx} or {@code csv}
     * @return the URL of this list's export
     */
    public String export(String format) {
        return url("/cases/export", Map.of("format", format), true);
    }

    private String url(String path, Map<String, String> changes, boolean firstPage) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put("view", view);
        values.put("scope", scope);
        values.put("q", q);
        values.put("sort", sort);
        values.put("dir", dir);
        values.put("after", firstPage ? null : after);
        values.putAll(changes);
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        values.forEach((name, value) -> {
            if (!isBlank(value)) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().build().toUriString();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
