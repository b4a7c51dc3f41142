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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ordered stages a case of some type moves through (e.g. a change request: Analysis, Send for
 * approval, ..., Test Customer), orthogonal to its status reason.
 *
 * @param id the id case types refer to
 * @param stages the stages in order; a case enters at the first
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StagePipeline(String id, List<Stage> stages) {

    /**
     * Copies the stages; the pipeline is checked against the definition when it is built.
     *
     * @param id the id case types refer to
     * @param stages the stages in order; a case enters at the first
     */
    public StagePipeline {
        requireNonNull(id, "stagePipeline.id");
        stages = List.copyOf(stages);
    }

    /**
     * A pipeline of the given stages.
     *
     * @param id the pipeline's id, as case types name it
     * @param stages the stages, in order
     * @return the pipeline
     */
    public static StagePipeline of(String id, Stage... stages) {
        return new StagePipeline(id, List.of(stages));
    }

    /**
     * The stage with this code.
     *
     * @param code the stage code
     * @return the stage, or empty if the pipeline has none with this code
     */
    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** {@return the stage a case enters the pipeline at} */
    public Stage first() {
        return stages.get(0);
    }

    /**
     * The stages a case may move to from {@code stage}: its {@code next}, else the following one.
     *
     * @param stage a stage of this pipeline
     * @return the codes of the stages it leads to; empty after the last stage
     */
    public List<String> successors(Stage stage) {
        if (stage.next().isPresent()) {
            return stage.next().get();
        }
        int index = stages.indexOf(stage);
        return index >= 0 && index + 1 < stages.size() ? List.of(stages.get(index + 1).code()) : List.of();
    }
}
