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

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.spi.model.CaseId;
import io.casekit.testkit.support.NullArguments;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A null or blank argument to a query value's constructor, factory or builder is refused naming the parameter. */
class QueryArgumentsTest {

    private final NullArguments arguments = new NullArguments()
            .sample(CaseFilter.class, () -> CaseFilter.ALL)
            .sample(CaseSort.class, () -> CaseSort.NEWEST_CHANGE_FIRST)
            .sample(SearchPattern.class, () -> SearchPattern.of("vpn"))
            .sample(Comparable.class, () -> Instant.EPOCH)
            .sample(CaseQuery.class, () -> CaseQuery.firstPage(CaseFilter.ALL))
            .sample(PageCursor.class, () -> new PageCursor(CaseSort.NEWEST_CHANGE_FIRST, Instant.EPOCH, CaseId.of("c")))
            .alias("text", "search"); // a search pattern is the filter's search field

    @Test
    void constructorsAndFactoriesNameTheirNullOrBlankParameter() {
        assertThat(arguments.problems(CaseQuery.class, CaseSort.class, SearchPattern.class, CaseFilter.class, CasePage.class)).isEmpty();
    }

    @Test
    void theFilterBuilderNamesTheNullOrBlankValueOfEverySetter() {
        assertThat(arguments.builderProblems(CaseFilter::builder)).isEmpty();
    }
}
