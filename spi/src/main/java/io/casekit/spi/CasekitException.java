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
package io.casekit.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception Casekit throws on purpose. Each subclass lives next to its concept,
 * is immutable, and carries the structured context a caller needs to react (the violated fields,
 * the allowed transitions, the expected and actual versions).
 *
 * <p>Catch this type to handle every Casekit failure; use {@link #isRetryable()} to decide whether
 * repeating the same operation can succeed.
 *
 * <p>A message is at most {@link Quoting#MAX_MESSAGE} characters (and a note of its full length):
 * however much caller input a subclass quotes, the message does not grow with it.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class CasekitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with the given message, capped at {@link Quoting#MAX_MESSAGE} characters.
     *
     * @param message what went wrong, in words a log reader understands
     */
    protected CasekitException(String message) {
        super(Quoting.cap(message, Quoting.MAX_MESSAGE));
    }

    /**
     * A failure with the given message, capped at {@link Quoting#MAX_MESSAGE} characters, caused by
     * {@code cause}.
     *
     * @param message what went wrong, in words a log reader understands
     * @param cause the lower-level failure (a database or mail error, say)
     */
    protected CasekitException(String message, Throwable cause) {
        super(Quoting.cap(message, Quoting.MAX_MESSAGE), cause);
    }

    /**
     * Whether repeating the failed operation unchanged may succeed (for example after a concurrent
     * update). The default is {@code false}.
     *
     * @return {@code true} if a retry may help, {@code false} if the same call fails the same way again
     */
    public boolean isRetryable() {
        return false;
    }
}
