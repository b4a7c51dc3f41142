package io.casekit.core.mail.internal;

import java.util.Locale;
import java.util.Optional;

/** Cleans the texts of an inbound mail. Stateless. */
public final class MailText {

    private MailText() {}

    /**
     * A subject on one line: line breaks (of a folded header, or smuggled in), tabs and other
     * control characters become spaces, runs of spaces one space, and the ends are trimmed.
     */
    public static String subject(String subject) {
        StringBuilder out = new StringBuilder(subject.length());
        boolean space = false;
        for (int i = 0; i < subject.length(); i++) {
            char ch = subject.charAt(i);
            if (Character.isISOControl(ch) || Character.isWhitespace(ch)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** A body: control characters other than tab and line breaks become spaces; the ends are trimmed. */
    public static String body(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            out.append((ch < 0x20 || ch == 0x7F) && ch != '\t' && ch != '\n' && ch != '\r' ? ' ' : ch);
        }
        return out.toString().strip();
    }

    /** {@code text} cut to at most {@code max} characters, on a whole code point. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    /** The first line of {@code text} that is not blank, if any. */
    public static Optional<String> firstLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /**
     * The mail address of a sender, {@code anna@example.com} or {@code Anna <anna@example.com>},
     * lower-cased; empty if it is not one plain address.
     */
    public static Optional<String> address(String from) {
        String value = from.strip();
        int open = value.lastIndexOf('<');
        if (open >= 0) {
            int close = value.indexOf('>', open);
            if (close < 0 || !value.substring(close + 1).isBlank()) {
                return Optional.empty();
            }
            value = value.substring(open + 1, close).strip();
        }
        int at = value.indexOf('@');
        boolean plain = at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1
                && value.chars().noneMatch(c -> c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == ',' || c == ';');
        return plain ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
