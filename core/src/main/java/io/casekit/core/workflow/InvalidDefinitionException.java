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
package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A workflow definition was refused. Carries every problem found, not just the first, each with
 * the path of the offending element.
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidDefinitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;
    /** Where the definition came from. */
    private final String source;

    /**
     * A refused definition.
     *
     * @param source the file or source name it was read from, or {@code 'id' version N}
     * @param problems every problem found
     */
    public InvalidDefinitionException(String source, List<DefinitionProblem> problems) {
        super("invalid workflow definition " + source + ", " + problems.size() + " problem(s):\n  "
                + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /**
     * Where the definition came from: the file or source name it was read from, or {@code 'id'
     * version N} for a definition built in code.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /** {@return every problem found, in the order of the definition's elements} */
    public List<DefinitionProblem> problems() {
        return problems;
    }
}
