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
     * The mail address of a sender, lower-cased; empty unless {@code from} is exactly one mailbox
     * (RFC 5322 {@code mailbox}): a bare {@code anna@example.com}, or a display name and an address in
     * angle brackets, {@code Anna <anna@example.com>}. The display name may be a quoted string
     * ({@code "Acme, Anna" <anna@example.com>}, where commas, {@code <} and {@code @} are text);
     * unquoted, it must not hold any of {@code , ; : @ < > ( ) [ ] \ "}. Refused, so that no mail is
     * attributed to a guess: several mailboxes ({@code a@x, b@y}), a group ({@code team: a@x;}), a
     * second angle-bracketed address, an address-like display name ({@code anna@acme.test <m@evil.test>}),
     * comments, quoted local parts, whitespace or control characters in the address.
     */
    public static Optional<String> address(String from) {
        String value = from.strip();
        int open = -1;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\r' || c == '\n') {
                    return Optional.empty();
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                open = i;
                break;
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        String spec;
        if (open >= 0) {
            if (!value.endsWith(">") || !plainDisplayName(value.substring(0, open))) {
                return Optional.empty();
            }
            spec = value.substring(open + 1, value.length() - 1).strip();
        } else {
            spec = value;
        }
        return plainAddress(spec) ? Optional.of(spec.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A display name: quoted strings, and between them text without specials or control characters. */
    private static boolean plainDisplayName(String name) {
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (SPECIALS.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code local@domain}: one {@code @}, both sides present, no whitespace, control characters or specials. */
    private static boolean plainAddress(String spec) {
        int at = spec.indexOf('@');
        return at > 0 && at == spec.lastIndexOf('@') && at < spec.length() - 1
                && spec.chars().noneMatch(c -> c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || (c != '@' && c != '.' && SPECIALS.indexOf(c) >= 0));
    }

    private static final String SPECIALS = "()<>[]:;@\\,\"";
}
