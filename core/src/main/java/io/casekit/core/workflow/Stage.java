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
 * One stage of a stage pipeline, e.g. {@code Waiting for approval}.
 *
 * @param code the code stored on cases
 * @param labels the display texts
 * @param next where a case may move from here; empty means "the following stage of the pipeline"
 *     (see {@link StagePipeline#successors}), and for the last stage, the end of the pipeline
 * @param gate the approval kind a case needs to enter this stage, if any: the kind's last event must
 *     be a grant made after the case last entered a stage gated by the same kind (a grant opens a
 *     gate once; a newer request closes it again)
 * @param setsStatus the OPEN status a case moves to (by rule) when it enters this stage, if any
 * @param requiredFields the custom fields a case must have a value for to enter this stage (e.g.
 *     {@code releasedIn} on "Released")
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Stage(String code, Labels labels, Optional<List<String>> next, Optional<String> gate, Optional<String> setsStatus,
        List<String> requiredFields) {

    /**
     * Checks that the parts are present and copies the lists. The codes are checked against the
     * definition when it is built.
     *
     * @param code the code stored on cases
     * @param labels the display texts
     * @param next where a case may move from here; empty means "the following stage of the pipeline"
     *     (see {@link StagePipeline#successors}), and for the last stage, the end of the pipeline
     * @param gate the approval kind a case needs to enter this stage, if any: the kind's last event
     *     must be a grant made after the case last entered a stage gated by the same kind (a grant opens a
     *     gate once; a newer request closes it again)
     * @param setsStatus the OPEN status a case moves to (by rule) when it enters this stage, if any
     * @param requiredFields the custom fields a case must have a value for to enter this stage (e.g.
     *     {@code releasedIn} on "Released")
     */
    public Stage {
        requireNonNull(code, "stage.code");
        requireNonNull(labels, "stage.labels");
        next = next.map(List::copyOf);
        requireNonNull(gate, "stage.gate");
        requireNonNull(setsStatus, "stage.setsStatus");
        requiredFields = List.copyOf(requiredFields);
    }

    /**
     * A stage with the given labels that leads to the following stage, without gate or rules.
     *
     * @param code the code stored on cases
     * @param labels the display texts
     * @param next where a case may move from here; empty for the following stage
     */
    public Stage(String code, Labels labels, Optional<List<String>> next) {
        this(code, labels, next, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A stage with an English label that leads to the following stage.
     *
     * @param code the code stored on cases
     * @param label the English display text
     * @return the stage
     */
    public static Stage of(String code, String label) {
        return new Stage(code, Labels.of("en", label), Optional.empty());
    }

    /**
     * This stage, leading to the given stages instead of the following one.
     *
     * @param stageCodes the codes of the stages a case may move to from here
     * @return a new stage; this one is unchanged
     */
    public Stage leadingTo(String... stageCodes) {
        return new Stage(code, labels, Optional.of(List.of(stageCodes)), gate, setsStatus, requiredFields);
    }

    /**
     * This stage, entered only with a grant of the given approval kind.
     *
     * @param approvalCode the approval kind's code
     * @return a new stage; this one is unchanged
     */
    public Stage gatedBy(String approvalCode) {
        return new Stage(code, labels, next, Optional.of(approvalCode), setsStatus, requiredFields);
    }

    /**
     * This stage, moving the case to the given status when it enters.
     *
     * @param statusCode an OPEN status reason code
     * @return a new stage; this one is unchanged
     */
    public Stage setting(String statusCode) {
        return new Stage(code, labels, next, gate, Optional.of(statusCode), requiredFields);
    }

    /**
     * This stage, entered only when the case has values for the given custom fields.
     *
     * @param fieldNames the custom fields' names
     * @return a new stage; this one is unchanged
     */
    public Stage requiring(String... fieldNames) {
        return new Stage(code, labels, next, gate, setsStatus, List.of(fieldNames));
    }
}
