package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One stage of a stage pipeline, e.g. {@code Waiting for approval}.
 *
 * @param code the code stored on cases
 * @param labels the display texts
 * @param next where a case may move from here; empty means "the following stage of the pipeline"
 *     (see {@link StagePipeline#successors}), and for the last stage, the end of the pipeline
 */
public record Stage(String code, Labels labels, Optional<List<String>> next) {

    public Stage {
        requireNonNull(code, "stage.code");
        requireNonNull(labels, "stage.labels");
        next = next.map(List::copyOf);
    }

    /** A stage with an English label that leads to the following stage. */
    public static Stage of(String code, String label) {
        return new Stage(code, Labels.of("en", label), Optional.empty());
    }

    /** This stage, leading to the given stages instead of the following one. */
    public Stage leadingTo(String... stageCodes) {
        return new Stage(code, labels, Optional.of(List.of(stageCodes)));
    }
}
