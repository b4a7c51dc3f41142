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
package io.casekit.core.attachments;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The family of content an {@link AllowedType} requires: a file declared {@code image/png} whose bytes
 * are a PDF, an HTML page or a program is refused. {@link Attachments} decides the family of a file from
 * its whole content (Apache Tika's detector, whole-archive checks of ZIP-based documents, a polyglot
 * check, text read to its end); {@link #of} is the quick look at the first bytes only, kept for callers
 * that want a first guess before an upload, and is not what decides.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ContentSignature {

    /** PNG image: {@code 89 50 4E 47 0D 0A 1A 0A}. */
    PNG(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    /** JPEG image: {@code FF D8 FF}. */
    JPEG(new int[] {0xFF, 0xD8, 0xFF}),
    /** GIF image: {@code GIF87a} or {@code GIF89a}. */
    GIF(new int[] {'G', 'I', 'F', '8', -1, 'a'}),
    /** WebP image: {@code RIFF}, four length bytes, {@code WEBP}. */
    WEBP(new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'}),
    /** PDF document: {@code %PDF-}. */
    PDF(new int[] {'%', 'P', 'D', 'F', '-'}),
    /** ZIP archive, also Office Open XML and OpenDocument files: {@code PK 03 04} (or an empty archive's {@code PK 05 06}). */
    ZIP(new int[] {'P', 'K', 0x03, 0x04}),
    /** OLE compound file: legacy Office documents and Outlook messages, {@code D0 CF 11 E0 A1 B1 1A E1}. */
    OLE(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
    /**
     * Text: none of the signatures above and no NUL byte in the first {@link #HEAD_LENGTH} bytes,
     * except after a UTF-16 byte-order mark.
     */
    TEXT(new int[0]);

    /** How many leading bytes {@link #of} looks at. */
    public static final int HEAD_LENGTH = 512;

    private static final int[] EMPTY_ZIP = {'P', 'K', 0x05, 0x06};

    private final int[] magic;

    ContentSignature(int[] magic) {
        this.magic = magic;
    }

    /**
     * The signature of a file that starts with {@code head}.
     *
     * @param head the first bytes of the file, up to {@link #HEAD_LENGTH} (all of them if it is shorter)
     * @return the signature, or empty for binary content of no known kind
     */
    public static Optional<ContentSignature> of(byte[] head) {
        for (ContentSignature signature : values()) {
            if (signature != TEXT && startsWith(head, signature.magic)) {
                return Optional.of(signature);
            }
        }
        if (startsWith(head, EMPTY_ZIP)) {
            return Optional.of(ZIP);
        }
        return looksLikeText(head) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] >= 0 && (head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head) {
        boolean utf16 = head.length >= 2
                && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
        if (utf16) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
