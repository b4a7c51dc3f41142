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

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks of the convenience constructors of the commands: a value they take must be given, and a
 * missing one is refused naming its field, as validation names the fields of a built command.
 */
final class Arguments {

    private Arguments() {}

    /**
     * {@code value} as a present optional.
     *
     * @throws NullPointerException "{@code field} must not be null" if it is null
     */
    static <T> Optional<T> given(@Nullable T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null (leave it out for none)");
        }
        return Optional.of(value);
    }
}
