package io.casekit.core.mail.internal;

import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.TrackingToken;
import io.casekit.core.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the case numbers that the tracking tokens of a subject name, under every definition's token
 * and number format. A candidate that has the number format's shape and is closed by the token's
 * text is a number; one that starts like a number (the format's leading text) but is not one, or is
 * not closed, is malformed; anything else (an {@code [EXTERNAL]} tag, say) is ordinary text.
 * Immutable and thread-safe.
 */
public final class SubjectTokens {

    private final List<Format> formats;

    /** The token and number formats of {@code definitions}, each pair once. */
    public SubjectTokens(List<WorkflowDefinition> definitions) {
        Set<Format> distinct = new LinkedHashSet<>();
        definitions.forEach(d -> distinct.add(new Format(d.trackingToken(), d.caseNumberFormat())));
        this.formats = List.copyOf(distinct);
    }

    /** The case numbers and malformed tokens of a (one-line) subject. */
    public Found find(String subject) {
        Set<String> numbers = new LinkedHashSet<>();
        List<String> malformed = new ArrayList<>();
        for (Format format : formats) {
            for (TrackingToken.Candidate candidate : format.token().candidates(subject)) {
                String number = candidate.number();
                if (candidate.closed() && format.numbers().matches(number)) {
                    numbers.add(number);
                } else if (format.numbers().startsLikeANumber(number)) {
                    malformed.add(format.token().format(number));
                }
            }
        }
        return new Found(List.copyOf(numbers), List.copyOf(malformed));
    }

    /**
     * What a subject names.
     *
     * @param numbers the well-formed case numbers, each once, in order
     * @param malformed the malformed tokens, as they would be written
     */
    public record Found(List<String> numbers, List<String> malformed) {}

    private record Format(TrackingToken token, CaseNumberFormat numbers) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Format other && other.token.equals(token) && other.numbers.pattern().equals(numbers.pattern());
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, numbers.pattern());
        }
    }
}
