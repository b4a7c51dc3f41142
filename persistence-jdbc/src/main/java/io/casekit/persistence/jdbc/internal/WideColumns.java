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

import io.casekit.spi.model.Case;
import java.util.Optional;

/**
 * The wide columns of a case row, as bits of a mask: the ones an UPDATE writes. A move that changes
 * none of them (a status change, an assignment, a comment) leaves them alone, so that they are
 * neither encoded nor sent nor parsed again. Stateless.
 */
final class WideColumns {

    /** {@code description} and {@code description_html}. */
    static final int DESCRIPTION = 1;
    /** {@code custom_fields}. */
    static final int CUSTOM_FIELDS = 2;
    /** {@code slas}. */
    static final int SLAS = 4;
    /** {@code links}. */
    static final int LINKS = 8;
    /** Every wide column: what an INSERT writes, and an UPDATE whose stored row is not known. */
    static final int ALL = DESCRIPTION | CUSTOM_FIELDS | SLAS | LINKS;

    private WideColumns() {}

    /** The wide columns whose values differ between the stored row and the new state. */
    static int changed(Optional<Case> stored, Case after) {
        if (stored.isEmpty()) {
            return ALL;
        }
        Case before = stored.get();
        int changed = 0;
        if (!before.description().equals(after.description()) || !before.descriptionHtml().equals(after.descriptionHtml())) {
            changed |= DESCRIPTION;
        }
        if (!before.customFields().equals(after.customFields())) {
            changed |= CUSTOM_FIELDS;
        }
        if (!before.slas().equals(after.slas())) {
            changed |= SLAS;
        }
        if (!before.links().equals(after.links())) {
            changed |= LINKS;
        }
        return changed;
    }

    /** Whether the mask includes the column group. */
    static boolean includes(int mask, int group) {
        return (mask & group) != 0;
    }
}
