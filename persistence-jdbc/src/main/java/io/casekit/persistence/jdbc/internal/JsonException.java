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
package io.casekit.persistence.jdbc.internal;

/**
 * A stored JSON document that is not valid JSON, or lacks what a codec needs: the message names the
 * key's path in the document (e.g. {@code $.opened.owner.kind is missing}). Immutable.
 */
public final class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public JsonException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
