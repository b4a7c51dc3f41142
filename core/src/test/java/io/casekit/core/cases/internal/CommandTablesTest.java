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
