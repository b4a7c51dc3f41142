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
package io.casekit.spring.boot.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A duration setting must be longer than zero; unset (null) is left to the default. */
@Documented
@Retention(RUNTIME)
@Target(FIELD)
@Constraint(validatedBy = PositiveDuration.Check.class)
public @interface PositiveDuration {

    /** {@return the message of a violation} */
    String message() default "must be longer than zero";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Duration}. */
    final class Check implements ConstraintValidator<PositiveDuration, Duration> {

        @Override
        public boolean isValid(@Nullable Duration value, ConstraintValidatorContext context) {
            return value == null || (!value.isNegative() && !value.isZero());
        }
    }
}
