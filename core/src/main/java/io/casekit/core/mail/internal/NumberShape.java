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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case number format as the mail router reads it: letter case ignored, and with a looser twin that
 * lets any non-ASCII character stand in for an ASCII one, to tell a look-alike token from ordinary
 * text. Built from the format's pattern ({@code CAS-{seq:5}-{rand:6}}), whose placeholders
 * {@link CaseNumberFormat} defines: a sequence is digits, a random part letters and digits (the
 * format's own check then refuses characters its alphabet lacks). Immutable.
 */
final class NumberShape {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::(\\d{1,2}))?}");
    private static final String NON_ASCII = "[^\\x00-\\x7F]";

    /** The parts in order: literal text, or null for a placeholder. */
    private final List<@Nullable String> literals;
    private final Pattern exact;
    private final Pattern loose;
    private final CaseNumberFormat format;

    private NumberShape(CaseNumberFormat format, List<@Nullable String> literals, Pattern exact, Pattern loose) {
        this.format = format;
        this.literals = literals;
        this.exact = exact;
        this.loose = loose;
    }

    static NumberShape of(CaseNumberFormat format) {
        String pattern = format.pattern();
        List<@Nullable String> literals = new ArrayList<>();
        StringBuilder exact = new StringBuilder();
        StringBuilder loose = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                literal(pattern.substring(at, m.start()), literals, exact, loose);
            }
            String width = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals("seq") || m.group(1).equals("customerSeq")) {
                String count = width.isEmpty() ? "+" : "{" + width + ",}";
                exact.append("([0-9]").append(count).append(')');
                loose.append("(?:[0-9]|").append(NON_ASCII).append(')').append(count);
            } else {
                exact.append("([A-Za-z0-9]{").append(width).append("})");
                loose.append("(?:[A-Za-z0-9]|").append(NON_ASCII).append("){").append(width).append('}');
            }
            literals.add(null);
            at = m.end();
        }
        if (at < pattern.length()) {
            literal(pattern.substring(at), literals, exact, loose);
        }
        int flags = Pattern.CASE_INSENSITIVE;
        return new NumberShape(format, java.util.Collections.unmodifiableList(literals), Pattern.compile(exact.toString(), flags),
                Pattern.compile(loose.toString(), flags));
    }

    private static void literal(String text, List<@Nullable String> literals, StringBuilder exact, StringBuilder loose) {
        literals.add(text);
        exact.append('(').append(Pattern.quote(text)).append(')');
        for (char c : text.toCharArray()) {
            loose.append("(?:").append(Pattern.quote(String.valueOf(c))).append('|').append(NON_ASCII).append(')');
        }
    }

    /**
     * The number {@code text} names, written as the format writes numbers (literal text as in the
     * pattern, random letters in capitals); empty if it has not the format's shape.
     */
    Optional<String> canonical(String text) {
        Matcher m = exact.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < literals.size(); i++) {
            String literal = literals.get(i);
            out.append(literal != null ? literal : m.group(i + 1).toUpperCase(Locale.ROOT));
        }
        String number = out.toString();
        return format.matches(number) ? Optional.of(number) : Optional.empty();
    }

    /** Whether {@code text} starts like a number: with the leading literal text (any letter case), or a digit. */
    boolean startsLikeANumber(String text) {
        String first = literals.get(0);
        if (first != null) {
            return text.regionMatches(true, 0, first, 0, first.length());
        }
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    /** Whether {@code text} holds non-ASCII characters and would have the number's shape if they were ASCII ones. */
    boolean looksAlike(String text) {
        return text.chars().anyMatch(c -> c > 0x7F) && loose.matcher(text).matches();
    }
}
