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
package io.casekit.core.workflow.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A text that {@link Syntax} cannot read as one document of its kind: not well-formed (as its parser
 * says), a key given twice in a mapping, text after the document, or a YAML alias. Carries what is
 * wrong and where.
 */
public final class MalformedDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient Optional<Location> location;

    /**
     * A problem at a place in the text.
     *
     * @param reason what is wrong, without the place
     * @param location where, if the parser knows
     */
    public MalformedDocumentException(String reason, Optional<Location> location) {
        super(reason + location.map(l -> " (" + l + ")").orElse(""));
        this.reason = requireNonNull(reason, "reason");
        this.location = requireNonNull(location, "location");
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }

    /** Where in the text, if the parser knows. */
    public Optional<Location> location() {
        return location;
    }
}
