package io.casekit.core.cases.internal;

import io.casekit.core.cases.CaseCommand;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a command's own constraints (Jakarta Validation annotations on its fields). Messages are
 * interpolated without an expression language, so no EL implementation is needed and no input is
 * ever evaluated. Thread-safe.
 */
final class CommandValidator {

    private final Validator validator;

    CommandValidator() {
        ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Throws a validation error listing every violated constraint, if any. */
    void check(CaseCommand command) {
        Set<ConstraintViolation<CaseCommand>> found = validator.validate(command);
        if (found.isEmpty()) {
            return;
        }
        Violations violations = new Violations(command.getClass().getSimpleName());
        for (ConstraintViolation<CaseCommand> v : found) {
            violations.add(field(v.getPropertyPath()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage());
        }
        violations.throwIfAny();
    }

    /** The field path as a user reads it: {@code title}, {@code customFields[releasedIn]}. */
    private static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
            if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
        }
        return out.toString();
    }
}
