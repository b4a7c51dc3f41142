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
