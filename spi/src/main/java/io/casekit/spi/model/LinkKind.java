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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How one case relates to another. Links come in pairs: when case A has a link of kind K to B, B
 * has the link of kind {@link #inverse() K.inverse()} to A.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum LinkKind {
    /** This case was merged into the other one (the target); it is read-only while merged. */
    MERGED_INTO,
    /** The other case (a source) was merged into this one. */
    MERGED_FROM,
    /** The other case is this case's parent. */
    PARENT,
    /** The other case is a child of this case. */
    CHILD,
    /** This case follows up on the other one (feedback on a closed case opened it). */
    FOLLOW_UP_OF,
    /** The other case follows up on this one. */
    FOLLOWED_UP_BY;

    /**
     * {@return the kind the other case's link back to this one has (PARENT for CHILD, MERGED_FROM
     * for MERGED_INTO, and so on)}
     */
    public LinkKind inverse() {
        switch (this) {
            case MERGED_INTO:
                return MERGED_FROM;
            case MERGED_FROM:
                return MERGED_INTO;
            case PARENT:
                return CHILD;
            case CHILD:
                return PARENT;
            case FOLLOW_UP_OF:
                return FOLLOWED_UP_BY;
            case FOLLOWED_UP_BY:
                return FOLLOW_UP_OF;
            default:
                throw new AssertionError(this);
        }
    }

    /** {@return whether the link records a merge (only merging and unmerging make and remove it)} */
    public boolean isMerge() {
        return this == MERGED_INTO || this == MERGED_FROM;
    }
}
