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
package io.casekit.core.attachments.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-name rules of uploads. A name is first tidied (Unicode NFC, surrounding blanks and
 * trailing dots removed, as Windows does), then refused if it is blank or too long, names a path
 * ({@code /}, {@code \}, or dots only such as {@code ..}), holds a character Windows forbids in names
 * ({@code < > : " | ? *}), or holds a control, format (bidirectional overrides, zero-width
 * characters), line-separator or unpaired surrogate character.
 */
public final class FileNames {

    /** The longest name, in characters. */
    public static final int MAX_LENGTH = 255;

    private static final String RESERVED = "<>:\"|?*";

    private FileNames() {}

    /** One broken rule: its short name and what is wrong. */
    public record Problem(String rule, String message) {}

    /** The tidied form of a name: NFC, no surrounding blanks, no trailing dots (but a name of dots only stays). */
    public static String tidy(String name) {
        String tidied = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        int end = tidied.length();
        while (end > 0 && (tidied.charAt(end - 1) == '.' || Character.isWhitespace(tidied.charAt(end - 1)))) {
            end--;
        }
        // keep "." and ".." as they are, so that they are refused as paths rather than as blank names
        return end == 0 && !tidied.isEmpty() && tidied.chars().allMatch(c -> c == '.') ? tidied : tidied.substring(0, end);
    }

    /** What is wrong with a tidied name; empty if it is acceptable. */
    public static List<Problem> problems(String tidied) {
        List<Problem> problems = new ArrayList<>();
        if (tidied.isEmpty()) {
            problems.add(new Problem("NotBlank", "must not be blank"));
            return problems;
        }
        if (tidied.length() > MAX_LENGTH) {
            problems.add(new Problem("Size", "must be at most " + MAX_LENGTH + " characters, was " + tidied.length()));
        }
        if (tidied.indexOf('/') >= 0 || tidied.indexOf('\\') >= 0 || tidied.chars().allMatch(c -> c == '.')) {
            problems.add(new Problem("NoPath", "must be a plain file name, not a path (no '/', '\\', '.' or '..')"));
        }
        if (tidied.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0)) {
            problems.add(new Problem("NoReservedCharacters", "must not contain any of < > : \" | ? *"));
        }
        if (!printable(tidied)) {
            problems.add(new Problem("NoControlCharacters",
                    "must not contain control, format, line-separator or invalid characters"));
        }
        return problems;
    }

    private static boolean printable(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
