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
package io.casekit.core;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.DefinitionRef;
import org.apiguardian.api.API;

/**
 * A workflow definition needs a capability that the store does not declare: SLA policies and
 * feedback windows need timers ({@code CaseStore.timers()}), notification rules need an outbox
 * ({@code CaseStore.outbox()}), views need queries ({@code CaseStore.queries()}), per-customer case
 * numbers ({@code {customerSeq}}) need counters ({@code CaseStore.counters()}). Thrown by {@link
 * Casekit.Builder#build()}; the fix is a store that offers the capability, or a definition without
 * the part that needs it.
 */
@API(status = STABLE, since = "0.1.0")
public final class MissingCapabilityException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The optional store capabilities a definition can need. */
    public enum Capability {
        /** {@code CaseStore.timers()}. */
        TIMERS,
        /** {@code CaseStore.outbox()}. */
        OUTBOX,
        /** {@code CaseStore.queries()}. */
        QUERIES,
        /** {@code CaseStore.counters()}. */
        COUNTERS
    }

    /** The capability the store lacks. */
    private final Capability capability;
    private final transient DefinitionRef definition;
    /** The part of the definition that needs it. */
    private final String part;

    /**
     * @param capability what the store lacks
     * @param definition the definition that needs it
     * @param part the part of the definition that needs it, such as "SLA policies"
     * @param store the store's name
     */
    public MissingCapabilityException(Capability capability, DefinitionRef definition, String part, String store) {
        super("definition " + definition + " has " + part + ", which need " + capability.name().toLowerCase(java.util.Locale.ROOT)
                + ", but the store " + store + " declares none (its " + capability.name().toLowerCase(java.util.Locale.ROOT)
                + "() is empty); use a store that offers them, or a definition without " + part);
        this.capability = capability;
        this.definition = definition;
        this.part = part;
    }

    /** {@return the capability the store lacks} */
    public Capability capability() {
        return capability;
    }

    /** {@return the definition that needs it} */
    public DefinitionRef definition() {
        return definition;
    }

    /** {@return the part of the definition that needs it, such as "SLA policies"} */
    public String part() {
        return part;
    }
}
