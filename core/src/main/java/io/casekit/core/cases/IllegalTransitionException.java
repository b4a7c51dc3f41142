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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A command asked for a move the workflow definition does not allow for this actor from where the
 * case is: a status change without a matching transition, a stage that does not follow the
 * current one or whose gate is closed, a decision on an approval nobody asked for, or any change to
 * a case that is resolved or cancelled. Says what is allowed from
 * here. Nothing changed.
 */
@API(status = STABLE, since = "0.1.0")
public final class IllegalTransitionException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** What the refused move was about. */
    public enum Dimension {
        /** The status reason (including resolve, close, cancel, reopen). */
        STATUS,
        /** The stage of the case type's pipeline. */
        STAGE,
        /** Any other change, refused because the case is not open. */
        CHANGE,
        /** A decision on an approval the case does not ask for (no pending request of the kind). */
        APPROVAL
    }

    /** What the refused move was about. */
    private final Dimension dimension;
    /** The case's number. */
    private final String caseNumber;
    /** The current status reason or stage. */
    private final String current;
    /** The requested status reason or stage, if the command named one. */
    private final Optional<String> requested;
    /** The targets this actor may move the case to from here. */
    private final Set<String> allowed;

    /**
     * @param dimension what the move was about
     * @param caseNumber the case
     * @param current the current status or stage ("" for a case not yet in a pipeline)
     * @param requested the requested status or stage, if the command named one
     * @param allowed the statuses or stages this actor may move to from here
     * @param reason why the move is refused
     */
    public IllegalTransitionException(Dimension dimension, String caseNumber, String current, Optional<String> requested,
            Set<String> allowed, String reason) {
        super("case " + caseNumber + ": " + reason + "; allowed " + dimension.name().toLowerCase(java.util.Locale.ROOT)
                + " targets from '" + current + "': " + allowed);
        this.dimension = dimension;
        this.caseNumber = caseNumber;
        this.current = current;
        this.requested = requested;
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * {@return what the refused move was about: status, stage, approval, or any change to a case that
     * is not open}
     */
    public Dimension dimension() {
        return dimension;
    }

    /** {@return the number of the case the move was refused on} */
    public String caseNumber() {
        return caseNumber;
    }

    /**
     * {@return the current status reason or stage; {@code ""} for a case not yet in a pipeline and
     * for a decision on an approval}
     */
    public String current() {
        return current;
    }

    /**
     * {@return what the command asked for: a status reason (for an action, the status it leads to),
     * a stage, or an approval kind; empty for a change to a case that is not open, or an action the
     * definition does not offer}
     */
    public Optional<String> requested() {
        return requested;
    }

    /**
     * {@return what this actor may ask for from here instead: status reasons, stages, or the approval
     * kinds that wait for a decision; possibly none}
     */
    public Set<String> allowed() {
        return allowed;
    }
}
