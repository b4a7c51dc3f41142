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
package io.casekit.spi.attachment;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The stable, opaque identity of a stored attachment. Stores key on it and may use it as a file or
 * object name, so it is restricted to 1 to 64 ASCII letters, digits, {@code -} and {@code _}: it can
 * never name a path. It is never derived from the uploaded file's name.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1.0")
public record AttachmentId(String value) {

    /** The longest id. */
    public static final int MAX_LENGTH = 64;

    /**
     * Checks the id text.
     *
     * @param value the id text
     * @throws IllegalArgumentException if {@code value} is blank, longer than {@value #MAX_LENGTH}
     *     characters, or has a character other than an ASCII letter, digit, {@code -} or {@code _}
     */
    public AttachmentId {
        Checks.notBlank(value, "attachmentId");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("attachmentId must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                throw new IllegalArgumentException("attachmentId may contain only ASCII letters, digits, '-' and '_', found '"
                        + (c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "' at " + i);
            }
        }
    }

    /**
     * Shorthand for {@code new AttachmentId(value)}.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public static AttachmentId of(String value) {
        return new AttachmentId(value);
    }

    /** {@return a new random id (a type-4 UUID)} */
    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
