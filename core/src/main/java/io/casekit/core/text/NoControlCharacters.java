package io.casekit.core.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text contains no control characters (no NUL, no escape, no bell, no C1 control),
 * no invisible formatting that can disguise it (bidirectional overrides, zero-width space, byte-order
 * mark) and no unpaired surrogate. Long texts may allow line breaks and tabs; one-line texts (titles,
 * names) allow none. The rules are {@link NoControlCharactersValidator#isClean}'s. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoControlCharacters {

    /** Whether tab, line feed and carriage return are allowed. */
    boolean lineBreaks() default false;

    String message() default "must not contain control or invisible formatting characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
