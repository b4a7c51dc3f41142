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
package io.casekit.notifications.smtp.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * Checks and builds the mail addresses and display names that go into headers. Nothing with a CR
 * or LF passes: such a value is refused with an {@link UnsendableMessageException} naming the field,
 * never written into a header.
 *
 * <p>An address must be a bare {@code local@domain}: no display name, no comments, no whitespace, an
 * ASCII local part (SMTPUTF8 is not used); an internationalised domain is converted to its ASCII
 * (Punycode) form. Display names may hold any other text: non-ASCII text is encoded (RFC 2047).
 *
 * <p>Thread-safe (stateless).
 */
public final class MailAddresses {

    private MailAddresses() {}

    /** The address {@code value}, checked; {@code field} names it in the refusal. */
    public static InternetAddress address(String value, String field) throws UnsendableMessageException {
        refuseLineBreaks(value, field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw new UnsendableMessageException(field + " must be a bare mail address without whitespace or control characters");
            }
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw new UnsendableMessageException(field + " is not a mail address of the form local@domain");
        }
        String local = value.substring(0, at);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(local)) {
            throw new UnsendableMessageException(field + " has a non-ASCII local part, which needs SMTPUTF8 (not supported)");
        }
        String domain;
        try {
            domain = IDN.toASCII(value.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new UnsendableMessageException(field + " has an invalid domain");
        }
        String ascii = local + "@" + domain;
        try {
            InternetAddress parsed = new InternetAddress(ascii, true);
            parsed.validate();
            if (!ascii.equals(parsed.getAddress()) || parsed.getPersonal() != null) {
                throw new UnsendableMessageException(field + " must be a bare mail address (local@domain)");
            }
            return parsed;
        } catch (AddressException e) {
            throw new UnsendableMessageException(field + " is not a valid mail address (" + e.getMessage() + ")");
        }
    }

    /** {@code address} with the display name {@code name}, checked; {@code field} names the name in the refusal. */
    public static InternetAddress withName(InternetAddress address, String name, String field) throws UnsendableMessageException {
        refuseLineBreaks(name, field);
        return named(address, name);
    }

    /**
     * {@code address} with {@code name} {@link #cleanName cleaned} as its display name, or without one if
     * nothing is left of it. For a recipient's name, which comes from data the desk does not control:
     * a hostile name costs the contact its display name, never its mail.
     */
    public static InternetAddress withCleanedName(InternetAddress address, String name) {
        String cleaned = cleanName(name);
        return cleaned.isEmpty() ? address : named(address, cleaned);
    }

    /**
     * A display name fit for a header: control, format, line- and paragraph-separator characters
     * (CR and LF among them) and unpaired surrogates become spaces, the characters that delimit
     * addresses ({@code , ; < > " \}) are dropped, runs of blanks become one space, the ends are trimmed,
     * and at most {@value #MAX_NAME} characters are kept.
     */
    public static String cleanName(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_NAME));
        boolean space = false;
        for (int i = 0; i < name.length() && out.length() < MAX_NAME; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (",;<>\"\\".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The most characters of a display name {@link #cleanName} keeps. */
    public static final int MAX_NAME = 200;

    private static InternetAddress named(InternetAddress address, String name) {
        try {
            InternetAddress named = new NamedAddress(address.getAddress(), name);
            return named;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every Java platform has UTF-8", e);
        }
    }

    /** An address whose display name is encoded even when it is ASCII text that looks like an encoded word. */
    private static final class NamedAddress extends InternetAddress {

        private static final long serialVersionUID = 1L;

        NamedAddress(String address, String name) throws UnsupportedEncodingException {
            super(address, name, StandardCharsets.UTF_8.name());
            if (EncodedWords.looksEncoded(name)) {
                encodedPersonal = EncodedWords.encode(name);
            }
        }
    }

    /** The domain {@code value} in its ASCII (Punycode) form, lower case, checked; {@code field} names it in the refusal. */
    public static String domain(String value, String field) throws UnsendableMessageException {
        refuseLineBreaks(value, field);
        String ascii;
        try {
            ascii = IDN.toASCII(value, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new UnsendableMessageException(field + " is not a valid domain");
        }
        if (ascii.isEmpty() || ascii.startsWith(".") || ascii.endsWith(".") || ascii.contains("..")) {
            throw new UnsendableMessageException(field + " is not a valid domain");
        }
        return ascii.toLowerCase(java.util.Locale.ROOT);
    }

    /** The domain of a checked address. */
    public static String domainOf(InternetAddress address) {
        String value = address.getAddress();
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** Refuses {@code value} if it holds a CR or an LF, naming {@code field}. */
    public static void refuseLineBreaks(String value, String field) throws UnsendableMessageException {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new UnsendableMessageException(field + " contains CR or LF, which would break the mail header");
        }
    }
}
