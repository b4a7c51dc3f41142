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
package io.casekit.core.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated text contains no control characters (no NUL, no escape, no bell, no C1 control),
 * no invisible formatting that can disguise it (bidirectional overrides, zero-width space, byte-order
 * mark) and no unpaired surrogate. Long texts may allow line breaks and tabs; one-line texts (titles,
 * names) allow none. The rules are {@link NoControlCharactersValidator#isClean}'s. {@code null} is valid.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoControlCharacters {

    /**
     * {@return whether tab, line feed and carriage return are allowed (default: not, for one-line
     * texts)}
     */
    boolean lineBreaks() default false;

    /** {@return the message of a violation} */
    String message() default "must not contain control or invisible formatting characters";

    /** {@return the validation groups the constraint belongs to (default: none, the default group)} */
    Class<?>[] groups() default {};

    /** {@return the payload the constraint carries for the validation client (default: none)} */
    Class<? extends Payload>[] payload() default {};
}
