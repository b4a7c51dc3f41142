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

/**
 * A message that can never be sent as it is (an unusable address, a header value with a line
 * break). Checked, so that every caller turns it into a permanent failure; carries no stack trace.
 */
public final class UnsendableMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, naming the field; without secrets or bodies */
    public UnsendableMessageException(String reason) {
        super(reason, null, false, false);
    }
}
