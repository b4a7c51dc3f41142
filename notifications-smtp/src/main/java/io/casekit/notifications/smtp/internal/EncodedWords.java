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

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Header text that a mail client could read as something else. Jakarta Mail encodes a header text
 * (RFC 2047) only when it holds non-ASCII characters, so an ASCII title such as
 * {@code =?UTF-8?Q?x=0D=0ABcc:_victim@example.com?=} would go out as it is, and mail clients decode
 * it into a line break and a {@code Bcc:}. Text that holds {@code =?} (the start of an encoded word)
 * is therefore encoded as a whole, in base64 encoded words of UTF-8 that a client decodes back to
 * exactly the text given. Thread-safe (stateless).
 */
public final class EncodedWords {

    /** UTF-8 bytes per encoded word: 45 bytes give 60 base64 characters, 72 with the markers (at most 75). */
    private static final int BYTES_PER_WORD = 45;

    private EncodedWords() {}

    /** Whether {@code text} holds something a decoder could take for an encoded word. */
    public static boolean looksEncoded(String text) {
        return text.contains("=?");
    }

    /**
     * {@code text} for a header: encoded words if it {@link #looksEncoded looks encoded}, else as Jakarta
     * Mail encodes it (only when it is not ASCII). Not folded.
     */
    public static String encode(String text) {
        if (!looksEncoded(text)) {
            try {
                return MimeUtility.encodeText(text, StandardCharsets.UTF_8.name(), null);
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("every Java platform has UTF-8", e);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > BYTES_PER_WORD) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            byte[] chunk = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
            out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(chunk)).append("?=");
            i = end;
        }
        return out.toString();
    }
}
