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

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which cases a query finds. A case matches when it meets every criterion; an empty set or an absent
 * bound is no criterion. Within a set, any member matches ({@code priorities = {P1, P2}} finds
 * both). {@link #matches} is the definition; stores answer the same in their query language.
 *
 * @param customerIds the customers (any of them)
 * @param contactIds the contacts cases are registered for (any of them)
 * @param states the states (any of them)
 * @param statusReasons the status reason codes (any of them)
 * @param priorities the priority codes (any of them)
 * @param caseTypes the case type codes (any of them)
 * @param owners the owners (any of them); see {@code unassigned}
 * @param unassigned whether cases without owner match; with no {@code owners}, only they match
 * @param createdFrom cases opened at or after this instant
 * @param createdBefore cases opened before this instant
 * @param modifiedFrom cases last changed at or after this instant
 * @param modifiedBefore cases last changed before this instant
 * @param search a search text that the case's number or title must match
 */
@API(status = STABLE, since = "0.1.0")
public record CaseFilter(
        Set<String> customerIds,
        Set<String> contactIds,
        Set<CaseState> states,
        Set<String> statusReasons,
        Set<String> priorities,
        Set<String> caseTypes,
        Set<Owner> owners,
        boolean unassigned,
        Optional<Instant> createdFrom,
        Optional<Instant> createdBefore,
        Optional<Instant> modifiedFrom,
        Optional<Instant> modifiedBefore,
        Optional<SearchPattern> search) {

    /** Every case. */
    public static final CaseFilter ALL = builder().build();

    /**
     * Checks the components and copies the sets.
     *
     * @param customerIds the customers (any of them)
     * @param contactIds the contacts cases are registered for (any of them)
     * @param states the states (any of them)
     * @param statusReasons the status reason codes (any of them)
     * @param priorities the priority codes (any of them)
     * @param caseTypes the case type codes (any of them)
     * @param owners the owners (any of them); see {@code unassigned}
     * @param unassigned whether cases without owner match; with no {@code owners}, only they match
     * @param createdFrom cases opened at or after this instant
     * @param createdBefore cases opened before this instant
     * @param modifiedFrom cases last changed at or after this instant
     * @param modifiedBefore cases last changed before this instant
     * @param search a search text that the case's number or title must match
     * @throws IllegalArgumentException if a code in a set is blank
     */
    public CaseFilter {
        customerIds = codes(customerIds, "customerIds");
        contactIds = codes(contactIds, "contactIds");
        states = Checks.notNull(states, "states").isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        statusReasons = codes(statusReasons, "statusReasons");
        priorities = codes(priorities, "priorities");
        caseTypes = codes(caseTypes, "caseTypes");
        owners = Set.copyOf(Checks.notNull(owners, "owners"));
        Checks.notNull(createdFrom, "createdFrom");
        Checks.notNull(createdBefore, "createdBefore");
        Checks.notNull(modifiedFrom, "modifiedFrom");
        Checks.notNull(modifiedBefore, "modifiedBefore");
        Checks.notNull(search, "search");
    }

    private static Set<String> codes(Set<String> values, String field) {
        Checks.notNull(values, field);
        for (String value : values) {
            Checks.notBlank(value, field + "[]");
        }
        return Set.copyOf(values);
    }

    /**
     * Whether the case meets every criterion: the reference that a store's query language must agree
     * with.
     *
     * @param c the case
     * @return {@code true} if the case matches
     */
    public boolean matches(Case c) {
        return within(customerIds, c.customerId())
                && (contactIds.isEmpty() || c.contactId().filter(contactIds::contains).isPresent())
                && (states.isEmpty() || states.contains(c.state()))
                && within(statusReasons, c.statusReason())
                && within(priorities, c.priority())
                && within(caseTypes, c.caseType())
                && ownerMatches(c.owner())
                && createdFrom.map(from -> !c.createdAt().isBefore(from)).orElse(true)
                && createdBefore.map(before -> c.createdAt().isBefore(before)).orElse(true)
                && modifiedFrom.map(from -> !c.modifiedAt().isBefore(from)).orElse(true)
                && modifiedBefore.map(before -> c.modifiedAt().isBefore(before)).orElse(true)
                && search.map(s -> s.matches(c.number()) || s.matches(c.title())).orElse(true);
    }

    private static boolean within(Set<String> values, String value) {
        return values.isEmpty() || values.contains(value);
    }

    private boolean ownerMatches(Optional<Owner> owner) {
        if (owners.isEmpty() && !unassigned) {
            return true;
        }
        return owner.map(owners::contains).orElse(unassigned);
    }

    /**
     * This filter narrowed to one customer's cases (what a contact may see), or empty if it asks
     * only for other customers' cases.
     *
     * @param customerId the customer whose cases alone the result may find
     * @return the narrowed filter, or empty if this filter names customers and not this one
     */
    public Optional<CaseFilter> restrictedToCustomer(String customerId) {
        Checks.notBlank(customerId, "customerId");
        if (!customerIds.isEmpty() && !customerIds.contains(customerId)) {
            return Optional.empty();
        }
        return Optional.of(toBuilder().customerIds(Set.of(customerId)).build());
    }

    /** {@return a builder pre-filled with this filter's criteria} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return a builder of a filter that matches every case until narrowed} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseFilter}. Not thread-safe. */
    public static final class Builder {
        private Set<String> customerIds = Set.of();
        private Set<String> contactIds = Set.of();
        private Set<CaseState> states = Set.of();
        private Set<String> statusReasons = Set.of();
        private Set<String> priorities = Set.of();
        private Set<String> caseTypes = Set.of();
        private Set<Owner> owners = Set.of();
        private boolean unassigned;
        private @Nullable Instant createdFrom;
        private @Nullable Instant createdBefore;
        private @Nullable Instant modifiedFrom;
        private @Nullable Instant modifiedBefore;
        private @Nullable SearchPattern search;

        private Builder() {}

        private Builder(CaseFilter f) {
            customerIds = f.customerIds;
            contactIds = f.contactIds;
            states = f.states;
            statusReasons = f.statusReasons;
            priorities = f.priorities;
            caseTypes = f.caseTypes;
            owners = f.owners;
            unassigned = f.unassigned;
            createdFrom = f.createdFrom.orElse(null);
            createdBefore = f.createdBefore.orElse(null);
            modifiedFrom = f.modifiedFrom.orElse(null);
            modifiedBefore = f.modifiedBefore.orElse(null);
            search = f.search.orElse(null);
        }

        /**
         * Finds the cases of any of these customers; empty (the default) for every customer.
         *
         * @param value the customer ids, none blank
         * @return this builder
         */
        public Builder customerIds(Collection<String> value) {
            customerIds = elements(value, "customerIds");
            return this;
        }

        /**
         * Finds the cases of any of these customers; none (the default) for every customer.
         *
         * @param value the customer ids, none blank
         * @return this builder
         */
        public Builder customerIds(String... value) {
            return customerIds(Arrays.asList(Checks.notNull(value, "customerIds")));
        }

        /**
         * Finds the cases registered for any of these contacts; empty (the default) for any contact or none.
         *
         * @param value the contact ids, none blank
         * @return this builder
         */
        public Builder contactIds(Collection<String> value) {
            contactIds = elements(value, "contactIds");
            return this;
        }

        /**
         * Finds the cases registered for any of these contacts; none (the default) for any contact or none.
         *
         * @param value the contact ids, none blank
         * @return this builder
         */
        public Builder contactIds(String... value) {
            return contactIds(Arrays.asList(Checks.notNull(value, "contactIds")));
        }

        /**
         * Finds the cases in any of these states; empty (the default) for every state.
         *
         * @param value the states
         * @return this builder
         */
        public Builder states(Collection<CaseState> value) {
            states = elements(value, "states");
            return this;
        }

        /**
         * Finds the cases in any of these states; none (the default) for every state.
         *
         * @param value the states
         * @return this builder
         */
        public Builder states(CaseState... value) {
            return states(Arrays.asList(Checks.notNull(value, "states")));
        }

        /**
         * Finds the cases with any of these status reasons; empty (the default) for every one.
         *
         * @param value the status reason codes, none blank
         * @return this builder
         */
        public Builder statusReasons(Collection<String> value) {
            statusReasons = elements(value, "statusReasons");
            return this;
        }

        /**
         * Finds the cases with any of these status reasons; none (the default) for every one.
         *
         * @param value the status reason codes, none blank
         * @return this builder
         */
        public Builder statusReasons(String... value) {
            return statusReasons(Arrays.asList(Checks.notNull(value, "statusReasons")));
        }

        /**
         * Finds the cases with any of these priorities; empty (the default) for every priority.
         *
         * @param value the priority codes, none blank
         * @return this builder
         */
        public Builder priorities(Collection<String> value) {
            priorities = elements(value, "priorities");
            return this;
        }

        /**
         * Finds the cases with any of these priorities; none (the default) for every priority.
         *
         * @param value the priority codes, none blank
         * @return this builder
         */
        public Builder priorities(String... value) {
            return priorities(Arrays.asList(Checks.notNull(value, "priorities")));
        }

        /**
         * Finds the cases of any of these case types; empty (the default) for every type.
         *
         * @param value the case type codes, none blank
         * @return this builder
         */
        public Builder caseTypes(Collection<String> value) {
            caseTypes = elements(value, "caseTypes");
            return this;
        }

        /**
         * Finds the cases of any of these case types; none (the default) for every type.
         *
         * @param value the case type codes, none blank
         * @return this builder
         */
        public Builder caseTypes(String... value) {
            return caseTypes(Arrays.asList(Checks.notNull(value, "caseTypes")));
        }

        /**
         * Finds the cases owned by any of these agents or teams; see {@link #unassigned}.
         *
         * @param value the owners
         * @return this builder
         */
        public Builder owners(Collection<Owner> value) {
            owners = elements(value, "owners");
            return this;
        }

        /**
         * Finds the cases owned by any of these agents or teams; see {@link #unassigned}.
         *
         * @param value the owners
         * @return this builder
         */
        public Builder owners(Owner... value) {
            return owners(Arrays.asList(Checks.notNull(value, "owners")));
        }

        /**
         * Whether cases without an owner match (with no {@link #owners}, only they do).
         *
         * @param value {@code true} to find unassigned cases too, {@code false} (the default) not
         * @return this builder
         */
        public Builder unassigned(boolean value) {
            unassigned = value;
            return this;
        }

        /**
         * Cases opened in {@code [from, before)}; either bound may be null for none.
         *
         * @param from the first instant included, or null for no lower bound
         * @param before the first instant excluded, or null for no upper bound
         * @return this builder
         */
        public Builder created(@Nullable Instant from, @Nullable Instant before) {
            createdFrom = from;
            createdBefore = before;
            return this;
        }

        /**
         * Cases last changed in {@code [from, before)}; either bound may be null for none.
         *
         * @param from the first instant included, or null for no lower bound
         * @param before the first instant excluded, or null for no upper bound
         * @return this builder
         */
        public Builder modified(@Nullable Instant from, @Nullable Instant before) {
            modifiedFrom = from;
            modifiedBefore = before;
            return this;
        }

        /**
         * A search text (see {@link SearchPattern}); an empty or blank text is no criterion.
         *
         * @param text the text as typed
         * @return this builder
         * @throws InvalidQueryException if the text is too long, only {@code *} or has control characters
         */
        public Builder search(String text) {
            search = Checks.notNull(text, "search").isBlank() ? null : SearchPattern.of(text.strip());
            return this;
        }

        /**
         * Sets the search pattern, or removes it.
         *
         * @param value the pattern, or empty for no search criterion
         * @return this builder
         */
        public Builder search(Optional<SearchPattern> value) {
            search = Checks.notNull(value, "search").orElse(null);
            return this;
        }

        private static <T> Set<T> elements(Collection<T> value, String field) {
            Checks.notNull(value, field);
            if (value.stream().anyMatch(java.util.Objects::isNull)) {
                throw new NullPointerException(field + " must not contain null");
            }
            return Set.copyOf(value);
        }

        /**
         * Builds the filter.
         *
         * @return the filter
         * @throws IllegalArgumentException if a code is blank
         */
        public CaseFilter build() {
            return new CaseFilter(customerIds, contactIds, states, statusReasons, priorities, caseTypes, owners,
                    unassigned, Optional.ofNullable(createdFrom), Optional.ofNullable(createdBefore),
                    Optional.ofNullable(modifiedFrom), Optional.ofNullable(modifiedBefore), Optional.ofNullable(search));
        }
    }
}
