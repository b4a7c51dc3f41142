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
