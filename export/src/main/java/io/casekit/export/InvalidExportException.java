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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * An export request breaks a rule: a blank actor id, no locale, an unknown view or custom field, a
 * page size out of range. Names the field and the rule. Thrown before anything is written to the
 * output stream and before any temporary file is made. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class InvalidExportException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The field of the request that breaks the rule, e.g. {@code actorId} or {@code columns[2]}. */
    private final String field;
    /** The rule, in words. */
    private final String rule;

    /**
     * A refused export request.
     *
     * @param field the field that breaks the rule, e.g. {@code view}
     * @param rule the rule, in words, e.g. {@code no view 'mine'; views: [open, closed]}
     */
    public InvalidExportException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /**
     * A refused export request, caused by a lower-level refusal (the core's refusal of a view).
     *
     * @param field the field that breaks the rule
     * @param rule the rule, in words
     * @param cause the refusal that told
     */
    public InvalidExportException(String field, String rule, Throwable cause) {
        super(field + ": " + rule, cause);
        this.field = field;
        this.rule = rule;
    }

    /** {@return the field of the request that breaks the rule, e.g. {@code actorId}, {@code view} or {@code columns[2]}} */
    public String field() {
        return field;
    }

    /** {@return the rule, in words} */
    public String rule() {
        return rule;
    }
}
