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
package io.casekit.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.testkit.support.NullArguments;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every convenience constructor and factory of every command: a null or blank argument is either
 * refused at once naming the parameter, or taken and then refused by validation naming the field.
 */
class CommandArgumentsTest {

    private static final List<Class<?>> COMMANDS = Arrays.stream(CaseCommand.class.getPermittedSubclasses())
            .<Class<?>>flatMap(c -> c.isInterface() ? Arrays.stream(c.getPermittedSubclasses()) : java.util.stream.Stream.of(c))
            .toList();

    @Test
    void everyCommandIsChecked() {
        assertThat(COMMANDS).contains(OpenCase.class, AddComment.class, ChangeStatus.class, Cancel.class, Merge.class, SetCustomField.class);
    }

    @Test
    void aNullOrBlankArgumentIsRefusedNamingItsParameter() {
        assertThat(new NullArguments().problems(COMMANDS.toArray(Class<?>[]::new))).isEmpty();
    }
}
