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
package io.casekit.core.mail.internal;

import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.TrackingToken;
import io.casekit.core.workflow.WorkflowDefinition;
import java.text.Normalizer;
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
 *
 * <p>Tokens are matched after this normalisation, so that what a mail client or a person does to a
 * token on its way back still finds the case:
 *
 * <ol>
 *   <li>the subject is put in Unicode compatibility form (NFKC: full-width {@code ［ＣＡＳ－０１］}
 *       becomes {@code [CAS-01]}, a no-break space a space) and format characters (zero-width spaces
 *       and joiners, bidirectional marks) are removed;
 *   <li>the token's text around the number is found ignoring ASCII letter case;
 *   <li>blanks inside a token are removed, and letter case is ignored: the literal text of the number
 *       format is taken as the format writes it, the random part in capitals ({@code [cas-00001-abc def]}
 *       names {@code CAS-00001-ABCDEF}).
 * </ol>
 *
 * <p>Look-alike characters are not folded: a token that would have the number's shape if its
 * non-ASCII letters or digits (a Cyrillic {@code С}, Arabic-Indic digits) were ASCII ones is
 * <em>malformed</em>, so that the mail is refused rather than attributed to a case or opened as a new
 * one. Immutable and thread-safe.
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
        String normal = normalise(subject);
        Set<String> numbers = new LinkedHashSet<>();
        List<String> malformed = new ArrayList<>();
        for (Format format : formats) {
            TokenShape token = TokenShape.of(format.token());
            NumberShape shape = NumberShape.of(format.numbers());
            for (TrackingToken.Candidate candidate : token.candidates(normal)) {
                String text = withoutBlanks(candidate.number());
                java.util.Optional<String> number = candidate.closed() ? shape.canonical(text) : java.util.Optional.empty();
                if (number.isPresent()) {
                    numbers.add(number.get());
                } else if (shape.startsLikeANumber(text) || shape.looksAlike(text)) {
                    malformed.add(format.token().format(text));
                }
            }
        }
        return new Found(List.copyOf(numbers), List.copyOf(malformed));
    }

    /** NFKC, without format characters (zero-width, bidirectional marks). */
    static String normalise(String subject) {
        String nfkc = Normalizer.normalize(subject, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String withoutBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * What a subject names.
     *
     * @param numbers the well-formed case numbers, each once, in order, as the store knows them
     * @param malformed the malformed tokens, as they would be written (blanks removed)
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
