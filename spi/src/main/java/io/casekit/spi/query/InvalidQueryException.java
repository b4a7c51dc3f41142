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
package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A query or one of its parts breaks a rule: a page size out of range, a search text with control
 * characters, a page cursor that is not one or belongs to another sort. Names the field and the
 * rule; nothing was read.
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidQueryException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The field that breaks the rule. */
    private final String field;
    /** The rule, in words. */
    private final String rule;

    /**
     * A refused query.
     *
     * @param field the field that breaks the rule, e.g. {@code pageSize}
     * @param rule the rule, in words, e.g. {@code must be 1 to 1000, was 0}
     */
    public InvalidQueryException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** {@return the field that breaks the rule, e.g. {@code pageSize} or {@code filter.search}} */
    public String field() {
        return field;
    }

    /** {@return the rule, in words} */
    public String rule() {
        return rule;
    }
}
