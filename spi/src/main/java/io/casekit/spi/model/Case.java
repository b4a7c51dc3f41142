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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one case, as the engine computes it and a store keeps it. Immutable: every
 * change makes a new value with the next {@link #version()}. The state always equals the replay of
 * the case's events (see {@link io.casekit.spi.event.CaseHistory}).
 *
 * @param id the stable id
 * @param number the vendor-formatted number people quote, e.g. {@code CAS-05128-V6R0R8}
 * @param definition the workflow definition version the case follows
 * @param title the short title
 * @param description the description as plain text (for search and mail)
 * @param descriptionHtml the description as sanitised HTML, if it was written with formatting (a
 *     portal renders it as it is)
 * @param customerId the customer the case belongs to
 * @param contactId the customer's contact who receives updates, if any
 * @param endUserName the name of the person who has the issue, if given
 * @param caseType the case type code
 * @param priority the priority code
 * @param statusReason the status reason code
 * @param state the state the status reason belongs to
 * @param stage the current stage of the case type's pipeline, if the case entered one
 * @param owner the agent or team the case is assigned to, if any
 * @param escalationLevel how far up the customer's escalation ladder the case went: 0 when it never
 *     escalated, 1 for the first level (guide 003: the service desk, the coordinator, the operations
 *     director, the managing director)
 * @param customFields the custom field values by field name
 * @param slas the case's SLA instances, at most one of each kind
 * @param links the case's links to other cases, in the order they were made: at most one per kind
 *     and other case, never to the case itself, at most one {@link LinkKind#MERGED_INTO}
 * @param createdAt when the case was opened
 * @param modifiedAt when the case last changed
 * @param version 1 when opened, one more per committed change
 * @param eventCount how many events the case's timeline holds (the sequence of its last event)
 */
@API(status = STABLE, since = "0.1.0")
public record Case(
        CaseId id,
        String number,
        DefinitionRef definition,
        String title,
        String description,
        Optional<String> descriptionHtml,
        String customerId,
        Optional<String> contactId,
        Optional<String> endUserName,
        String caseType,
        String priority,
        String statusReason,
        CaseState state,
        Optional<String> stage,
        Optional<Owner> owner,
        int escalationLevel,
        Map<String, FieldValue> customFields,
        List<SlaInstance> slas,
        List<CaseLink> links,
        Instant createdAt,
        Instant modifiedAt,
        long version,
        long eventCount) {

    /**
     * Checks every component and copies the collections, so that the value is immutable.
     *
     * @param id the stable id
     * @param number the vendor-formatted number people quote, e.g. {@code CAS-05128-V6R0R8}
     * @param definition the workflow definition version the case follows
     * @param title the short title
     * @param description the description as plain text (for search and mail)
     * @param descriptionHtml the description as sanitised HTML, if it was written with formatting (a
     *     portal renders it as it is)
     * @param customerId the customer the case belongs to
     * @param contactId the customer's contact who receives updates, if any
     * @param endUserName the name of the person who has the issue, if given
     * @param caseType the case type code
     * @param priority the priority code
     * @param statusReason the status reason code
     * @param state the state the status reason belongs to
     * @param stage the current stage of the case type's pipeline, if the case entered one
     * @param owner the agent or team the case is assigned to, if any
     * @param escalationLevel how far up the customer's escalation ladder the case went: 0 when it
     *     never escalated, 1 for the first level (guide 003: the service desk, the coordinator, the
     *     operations director, the managing director)
     * @param customFields the custom field values by field name
     * @param slas the case's SLA instances, at most one of each kind
     * @param links the case's links to other cases, in the order they were made: at most one per kind
     *     and other case, never to the case itself, at most one {@link LinkKind#MERGED_INTO}
     * @param createdAt when the case was opened
     * @param modifiedAt when the case last changed
     * @param version 1 when opened, one more per committed change
     * @param eventCount how many events the case's timeline holds (the sequence of its last event)
     * @throws IllegalArgumentException if a required text is blank, a count is negative or zero where
     *     it must be positive, two SLA instances have the same kind, two links have the same kind and
     *     other case, a link points at the case itself, there is more than one {@code MERGED_INTO}
     *     link, or {@code eventCount} is less than {@code version}
     */
    public Case {
        Checks.notNull(id, "id");
        Checks.notBlank(number, "number");
        Checks.notNull(definition, "definition");
        Checks.notNull(title, "title");
        Checks.notNull(description, "description");
        Checks.notNull(descriptionHtml, "descriptionHtml");
        Checks.notBlank(customerId, "customerId");
        Checks.notNull(contactId, "contactId");
        Checks.notNull(endUserName, "endUserName");
        Checks.notBlank(caseType, "caseType");
        Checks.notBlank(priority, "priority");
        Checks.notBlank(statusReason, "statusReason");
        Checks.notNull(state, "state");
        Checks.notNull(stage, "stage");
        Checks.notNull(owner, "owner");
        Checks.notNegative(escalationLevel, "escalationLevel");
        customFields = Map.copyOf(Checks.notNull(customFields, "customFields"));
        slas = List.copyOf(Checks.notNull(slas, "slas"));
        if (slas.size() > 1 && slas.stream().map(SlaInstance::kind).distinct().count() != slas.size()) {
            throw new IllegalArgumentException("a case has at most one SLA instance of each kind");
        }
        links = List.copyOf(Checks.notNull(links, "links"));
        if (!links.isEmpty()) { // most cases have none: no stream is built for them
            checkLinks(id, links);
        }
        Checks.notNull(createdAt, "createdAt");
        Checks.notNull(modifiedAt, "modifiedAt");
        Checks.positive(version, "version");
        if (eventCount < version) {
            throw new IllegalArgumentException("eventCount " + eventCount + " is less than version " + version);
        }
    }

    /**
     * The SLA instance of the given kind, if the case has one.
     *
     * @param kind what is promised (first response, resolution)
     * @return the instance, or empty when the case has none of that kind
     */
    public Optional<SlaInstance> sla(SlaKind kind) {
        return slas.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The cases this case links to with the given kind, in the order the links were made.
     *
     * @param kind the link kind
     * @return the other cases; empty when there is no such link
     */
    public List<CaseId> linked(LinkKind kind) {
        return links.stream().filter(l -> l.kind() == kind).map(CaseLink::other).toList();
    }

    /**
     * {@return the link to the case this case was merged into, or empty when it is not merged (a merged
     * case is read-only)}
     */
    public Optional<CaseLink> mergedInto() {
        for (CaseLink link : links) {
            if (link.kind() == LinkKind.MERGED_INTO) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private static void checkLinks(CaseId id, List<CaseLink> links) {
        if (links.stream().map(l -> l.kind() + " " + l.other().value()).distinct().count() != links.size()) {
            throw new IllegalArgumentException("a case links to another case at most once per kind");
        }
        if (links.stream().anyMatch(l -> l.other().equals(id))) {
            throw new IllegalArgumentException("a case does not link to itself");
        }
        if (links.stream().filter(l -> l.kind() == LinkKind.MERGED_INTO).count() > 1) {
            throw new IllegalArgumentException("a case is merged into one case at most");
        }
    }

    /** {@return a builder pre-filled with this case's values, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return an empty builder, for a new case} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Case}; every field except the optional ones must be set. Not thread-safe. */
    public static final class Builder {
        private @Nullable CaseId id;
        private @Nullable String number;
        private @Nullable DefinitionRef definition;
        private @Nullable String title;
        private @Nullable String description;
        private Optional<String> descriptionHtml = Optional.empty();
        private @Nullable String customerId;
        private Optional<String> contactId = Optional.empty();
        private Optional<String> endUserName = Optional.empty();
        private @Nullable String caseType;
        private @Nullable String priority;
        private @Nullable String statusReason;
        private @Nullable CaseState state;
        private Optional<String> stage = Optional.empty();
        private Optional<Owner> owner = Optional.empty();
        private int escalationLevel;
        private Map<String, FieldValue> customFields = Map.of();
        private List<SlaInstance> slas = List.of();
        private List<CaseLink> links = List.of();
        private @Nullable Instant createdAt;
        private @Nullable Instant modifiedAt;
        private long version;
        private long eventCount;

        private Builder() {}

        private Builder(Case c) {
            id = c.id;
            number = c.number;
            definition = c.definition;
            title = c.title;
            description = c.description;
            descriptionHtml = c.descriptionHtml;
            customerId = c.customerId;
            contactId = c.contactId;
            endUserName = c.endUserName;
            caseType = c.caseType;
            priority = c.priority;
            statusReason = c.statusReason;
            state = c.state;
            stage = c.stage;
            owner = c.owner;
            escalationLevel = c.escalationLevel;
            customFields = c.customFields;
            slas = c.slas;
            links = c.links;
            createdAt = c.createdAt;
            modifiedAt = c.modifiedAt;
            version = c.version;
            eventCount = c.eventCount;
        }

        /**
         * Sets the stable id (required).
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(CaseId value) {
            id = value;
            return this;
        }

        /**
         * Sets the case number people quote (required, not blank).
         *
         * @param value the formatted number
         * @return this builder
         */
        public Builder number(String value) {
            number = value;
            return this;
        }

        /**
         * Sets the workflow definition version the case follows (required).
         *
         * @param value the definition and version
         * @return this builder
         */
        public Builder definition(DefinitionRef value) {
            definition = value;
            return this;
        }

        /**
         * Sets the short title (required; may be empty).
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets the formatted description; {@link #description} stays the plain text.
         *
         * @param value the sanitised HTML, or empty when the description has no formatting
         * @return this builder
         */
        public Builder descriptionHtml(Optional<String> value) {
            descriptionHtml = value;
            return this;
        }

        /**
         * Sets the description as plain text (required; may be empty).
         *
         * @param value the plain text
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Sets the customer the case belongs to (required, not blank).
         *
         * @param value the customer's id
         * @return this builder
         */
        public Builder customerId(String value) {
            customerId = value;
            return this;
        }

        /**
         * Sets the customer's contact who receives updates.
         *
         * @param value the contact's id, or empty for none (the default)
         * @return this builder
         */
        public Builder contactId(Optional<String> value) {
            contactId = value;
            return this;
        }

        /**
         * Sets the name of the person who has the issue.
         *
         * @param value the name, or empty when not given (the default)
         * @return this builder
         */
        public Builder endUserName(Optional<String> value) {
            endUserName = value;
            return this;
        }

        /**
         * Sets the case type code (required, not blank).
         *
         * @param value the code
         * @return this builder
         */
        public Builder caseType(String value) {
            caseType = value;
            return this;
        }

        /**
         * Sets the priority code (required, not blank).
         *
         * @param value the code
         * @return this builder
         */
        public Builder priority(String value) {
            priority = value;
            return this;
        }

        /**
         * Sets the status reason and the state it belongs to.
         *
         * @param reason the status reason code (required, not blank)
         * @param inState the state that status reason belongs to
         * @return this builder
         */
        public Builder status(String reason, CaseState inState) {
            statusReason = reason;
            state = inState;
            return this;
        }

        /**
         * Sets the current stage of the case type's pipeline.
         *
         * @param value the stage code, or empty when the case is in no stage (the default)
         * @return this builder
         */
        public Builder stage(Optional<String> value) {
            stage = value;
            return this;
        }

        /**
         * Sets the agent or team the case is assigned to.
         *
         * @param value the owner, or empty when unassigned (the default)
         * @return this builder
         */
        public Builder owner(Optional<Owner> value) {
            owner = value;
            return this;
        }

        /**
         * Sets how far up the escalation ladder the case went.
         *
         * @param value 0 (the default) when it never escalated, else the level, 1 or more
         * @return this builder
         */
        public Builder escalationLevel(int value) {
            escalationLevel = value;
            return this;
        }

        /**
         * Replaces the custom field values.
         *
         * @param value the values by field name; the builder keeps the map, {@link #build()} copies it
         * @return this builder
         */
        public Builder customFields(Map<String, FieldValue> value) {
            customFields = value;
            return this;
        }

        /**
         * Replaces the SLA instances.
         *
         * @param value the instances, at most one of each kind
         * @return this builder
         */
        public Builder slas(List<SlaInstance> value) {
            slas = value;
            return this;
        }

        /**
         * Replaces the instance of the same kind, or adds it.
         *
         * @param value the instance to put
         * @return this builder
         */
        public Builder sla(SlaInstance value) {
            List<SlaInstance> result = new java.util.ArrayList<>(slas);
            result.removeIf(s -> s.kind() == value.kind());
            result.add(value);
            result.sort(java.util.Comparator.comparing(SlaInstance::kind));
            slas = result;
            return this;
        }

        /**
         * Replaces the links to other cases.
         *
         * @param value the links, in the order they were made
         * @return this builder
         */
        public Builder links(List<CaseLink> value) {
            links = value;
            return this;
        }

        /**
         * Adds a link after the existing ones.
         *
         * @param value the link to add
         * @return this builder
         */
        public Builder link(CaseLink value) {
            List<CaseLink> result = new java.util.ArrayList<>(links);
            result.add(value);
            links = result;
            return this;
        }

        /**
         * Removes the link of the given kind to the given case.
         *
         * @param kind the kind of the link to remove
         * @param other the case it points at
         * @return this builder
         * @throws IllegalArgumentException if the case has no such link
         */
        public Builder unlink(LinkKind kind, CaseId other) {
            List<CaseLink> result = new java.util.ArrayList<>(links);
            if (!result.removeIf(l -> l.is(kind, other))) {
                throw new IllegalArgumentException("the case has no " + kind + " link to " + other);
            }
            links = result;
            return this;
        }

        /**
         * Sets when the case was opened (required).
         *
         * @param value the opening time
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        /**
         * Sets what a committed change sets: the new version, the modification time and the
         * sequence of the timeline's last event.
         *
         * @param newVersion the version after the change: 1 when the case is opened
         * @param at when the change was committed
         * @param lastEventSequence the sequence of the timeline's last event, at least {@code newVersion}
         * @return this builder
         */
        public Builder committed(long newVersion, Instant at, long lastEventSequence) {
            version = newVersion;
            modifiedAt = at;
            eventCount = lastEventSequence;
            return this;
        }

        /**
         * Builds the case; throws if a required field is missing or invalid.
         *
         * @return the case
         * @throws NullPointerException if a required field was never set
         * @throws IllegalArgumentException if a value breaks a rule of the {@link Case#Case canonical
         *     constructor}
         */
        public Case build() {
            return new Case(
                    Checks.notNull(id, "id"),
                    Checks.notNull(number, "number"),
                    Checks.notNull(definition, "definition"),
                    Checks.notNull(title, "title"),
                    Checks.notNull(description, "description"),
                    descriptionHtml,
                    Checks.notNull(customerId, "customerId"),
                    contactId,
                    endUserName,
                    Checks.notNull(caseType, "caseType"),
                    Checks.notNull(priority, "priority"),
                    Checks.notNull(statusReason, "statusReason"),
                    Checks.notNull(state, "state"),
                    stage,
                    owner,
                    escalationLevel,
                    customFields,
                    slas,
                    links,
                    Checks.notNull(createdAt, "createdAt"),
                    Checks.notNull(modifiedAt, "modifiedAt"),
                    version,
                    eventCount);
        }
    }
}
