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
package io.casekit.spi.internal;

import io.casekit.spi.attachment.AttachmentMetadata;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks shared by the value types of the SPI (internal: not part of the API, may change
 * without notice). Each check names the field it guards, so
 * that a wrong value fails at once with a message that says which field and which rule.
 */
public final class Checks {

    private Checks() {}

    /** Returns {@code value} if it is not null, else throws naming {@code field}. */
    public static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** Returns {@code value} if it is not null and has a non-whitespace character. */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more. */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is one or more. */
    public static long positive(long value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    /** Returns an immutable copy of {@code attachments} if no two have the same id. */
    public static List<AttachmentMetadata> distinctAttachments(List<AttachmentMetadata> attachments) {
        List<AttachmentMetadata> copy = List.copyOf(notNull(attachments, "attachments"));
        if (copy.stream().map(AttachmentMetadata::id).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("attachments must have distinct ids");
        }
        return copy;
    }
}
