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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns Casekit's message and thread ids into RFC 5322 {@code msg-id}s ({@code <left@domain>}).
 *
 * <p>The left part is {@code m.} (message) or {@code t.} (thread root) followed by the id with every
 * byte outside {@code [A-Za-z0-9_-]} written as {@code =XX} (its UTF-8 bytes in upper-case hex):
 * readable for the usual ids (a UUID passes unchanged), injective, and free of anything that could
 * end a header or a {@code msg-id}. An id whose encoded form would be longer than
 * {@value #MAX_ENCODED} characters is written as {@code mh.} / {@code th.} and the SHA-256 of its
 * UTF-8 bytes instead. The same id always gives the same {@code msg-id}, so a retried delivery
 * carries the {@code Message-ID} of the first attempt.
 *
 * <p>Thread-safe (stateless).
 */
public final class MailIds {

    /** The longest encoded id kept readable; longer ones are hashed. */
    public static final int MAX_ENCODED = 160;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private MailIds() {}

    /** The {@code Message-ID} of the message with Casekit id {@code messageId}, brackets included. */
    public static String messageId(String messageId, String domain) {
        return "<" + token("m", messageId) + "@" + domain + ">";
    }

    /**
     * The {@code msg-id} of the root of thread {@code threadId}, brackets included: every message of
     * the thread names it in {@code In-Reply-To} and {@code References}.
     */
    public static String threadRoot(String threadId, String domain) {
        return "<" + token("t", threadId) + "@" + domain + ">";
    }

    private static String token(String kind, String id) {
        String encoded = encode(id);
        if (encoded.length() <= MAX_ENCODED) {
            return kind + "." + encoded;
        }
        return kind + "h." + sha256(id);
    }

    static String encode(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append((char) c);
            } else {
                out.append('=').append(HEX.toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
