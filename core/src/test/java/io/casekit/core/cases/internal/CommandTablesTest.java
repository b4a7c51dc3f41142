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
package io.casekit.core.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.cases.CaseCommand;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every command the sealed interface permits is run by the pipeline's tables: none falls through. */
class CommandTablesTest {

    private static Set<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
    }

    @Test
    void everyCommandOnOneCaseHasADecider() {
        assertThat(permitted(CaseCommand.OnCase.class)).hasSizeGreaterThan(10);
        assertThat(Deciders.standard().commands()).isEqualTo(permitted(CaseCommand.OnCase.class));
    }

    @Test
    void everyCommandOnSeveralCasesHasAnEntry() {
        assertThat(permitted(CaseCommand.OnCases.class)).hasSizeGreaterThan(3);
        assertThat(MultiCaseCommands.standard().commands()).isEqualTo(permitted(CaseCommand.OnCases.class));
    }

    @Test
    void theCommandInterfaceHasNoOtherKindsThanOpeningOneCaseAndSeveralCases() {
        assertThat(permitted(CaseCommand.class)).extracting(Class::getSimpleName).containsExactlyInAnyOrder("OpenCase", "OnCase", "OnCases");
    }
}
