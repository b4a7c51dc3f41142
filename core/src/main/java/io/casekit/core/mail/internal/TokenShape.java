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

import io.casekit.core.workflow.TrackingToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A tracking token's literal text around {@code {number}}, found in a subject ignoring ASCII letter
 * case ({@code [pr-000001]} finds the {@code PR-} token's candidate as well as {@code [PR-000001]}).
 * Immutable.
 */
record TokenShape(String prefix, String suffix) {

    private static final String NUMBER = "{number}";

    static TokenShape of(TrackingToken token) {
        String pattern = token.pattern();
        int at = pattern.indexOf(NUMBER);
        return new TokenShape(pattern.substring(0, at), pattern.substring(at + NUMBER.length()));
    }

    /** As {@link TrackingToken#candidates}, but the literal text is matched ignoring ASCII letter case. */
    List<TrackingToken.Candidate> candidates(String subject) {
        List<TrackingToken.Candidate> found = new ArrayList<>();
        int at = indexOf(subject, prefix, 0);
        while (at >= 0) {
            int start = at + prefix.length();
            if (suffix.isEmpty()) {
                int end = start;
                while (end < subject.length() && !Character.isWhitespace(subject.charAt(end))) {
                    end++;
                }
                found.add(new TrackingToken.Candidate(subject.substring(start, end), true));
            } else {
                int end = indexOf(subject, suffix, start);
                found.add(end < 0
                        ? new TrackingToken.Candidate(subject.substring(start), false)
                        : new TrackingToken.Candidate(subject.substring(start, end), true));
            }
            at = indexOf(subject, prefix, at + 1);
        }
        return found;
    }

    private static int indexOf(String text, String part, int from) {
        for (int i = from; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}
