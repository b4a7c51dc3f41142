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
