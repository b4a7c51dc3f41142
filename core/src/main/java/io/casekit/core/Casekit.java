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

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.access.AccessRequests;
import io.casekit.core.access.InvitationPolicy;
import io.casekit.core.access.Invitations;
import io.casekit.core.access.Profiles;
import io.casekit.core.access.VerificationCodes;
import io.casekit.core.access.VerificationPolicy;
import io.casekit.core.access.internal.DefaultAccessRequests;
import io.casekit.core.access.internal.DefaultInvitations;
import io.casekit.core.access.internal.DefaultProfiles;
import io.casekit.core.access.internal.DefaultVerificationCodes;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.attachments.Attachments;
import io.casekit.core.attachments.NoAttachmentStoreException;
import io.casekit.core.attachments.internal.DefaultAttachments;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.internal.DefaultCaseService;
import io.casekit.core.cases.internal.DefinitionFingerprinting;
import io.casekit.core.cases.internal.Definitions;
import io.casekit.core.internal.CachedProfiles;
import io.casekit.core.internal.ProfiledIdentity;
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.mail.InboundMailRouter;
import io.casekit.core.mail.internal.DefaultInboundMailRouter;
import io.casekit.core.notify.Dispatcher;
import io.casekit.core.notify.RetryPolicy;
import io.casekit.core.notify.internal.DefaultDispatcher;
import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.timers.Scheduler;
import io.casekit.core.timers.internal.DefaultScheduler;
import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.ChangedDefinitionException;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.identity.ContactEnrolment;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.store.CaseStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Casekit: the case lifecycle of a portal, wired to the host's store, identity
 * provider, notifier and clock. Build it once at start-up and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * Casekit casekit = Casekit.builder()
 *         .store(new InMemoryCaseStore())
 *         .identity(directory)
 *         .definition(Presets.load("it-services"))
 *         .build();
 * Case opened = casekit.cases().execute("contact-1", OpenCase.builder()...build());
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class Casekit {

    private static final Logger LOG = LoggerFactory.getLogger(Casekit.class);

    private final CaseService cases;
    private final CaseStore store;
    private final Optional<Notifier> notifier;
    private final Optional<AttachmentStore> attachmentStore;
    private final Optional<Attachments> attachments;
    private final Optional<Scheduler> scheduler;
    private final Optional<Dispatcher> dispatcher;
    private final Optional<VerificationCodes> verificationCodes;
    private final Optional<DefaultInvitations> invitations;
    private final Optional<AccessRequests> accessRequests;
    private final Optional<Profiles> profiles;
    private final InboundMailRouter mailRouter;
    private final Definitions definitions;

    private Casekit(Builder b, Definitions definitions) {
        this.definitions = definitions;
        this.store = requireNonNull(b.store);
        Clock clock = requireNonNull(b.clock);
        this.notifier = Optional.ofNullable(b.notifier);
        this.attachmentStore = Optional.ofNullable(b.attachmentStore);
        this.attachments = attachmentStore.map(s -> new DefaultAttachments(s, b.attachmentPolicy, requireNonNull(b.identity), clock));
        SafeObserver observer = new SafeObserver(b.observer);
        Optional<CachedProfiles> profileStore = store.profiles().map(CachedProfiles::new);
        DefaultCaseService engine = new DefaultCaseService(store, requireNonNull(b.identity), clock, definitions,
                b.random == null ? new SecureRandom() : b.random, b.recentCases, b.attachmentPolicy, attachmentStore,
                profileStore.map(ProfileStore.class::cast), observer);
        this.cases = engine;
        this.scheduler = store.timers().map(timers -> new DefaultScheduler(timers, engine::fire, clock, b.nodeId, b.timerLease, b.timerPollInterval,
                b.timerBatchSize, observer));
        this.dispatcher = store.outbox().filter(outbox -> b.notifier != null)
                .map(outbox -> new DefaultDispatcher(outbox, requireNonNull(b.notifier), clock, b.nodeId, b.retryPolicy, b.notificationLease,
                        b.notificationPollInterval, b.notificationBatchSize, b.deliveryThreads, observer));
        IdentityProvider addressed = profileStore.<IdentityProvider>map(p -> new ProfiledIdentity(requireNonNull(b.identity), p))
                .orElse(requireNonNull(b.identity));
        this.verificationCodes = store.verificationCodes().filter(codes -> b.notifier != null)
                .map(codes -> new DefaultVerificationCodes(codes, addressed, requireNonNull(b.notifier), clock,
                        b.verificationPolicy));
        Optional<ContactEnrolment> enrolment = Optional.ofNullable(b.enrolment)
                .or(() -> Optional.of(b.identity).filter(ContactEnrolment.class::isInstance).map(ContactEnrolment.class::cast));
        this.invitations = store.invitations().filter(i -> b.notifier != null && enrolment.isPresent())
                .map(i -> new DefaultInvitations(i, addressed, enrolment.get(), requireNonNull(b.notifier), clock, b.invitationPolicy,
                        definitions::forNewCase));
        this.accessRequests = store.accessRequests().flatMap(requests -> invitations.map(
                sender -> new DefaultAccessRequests(requests, b.identity, sender, clock, definitions::forNewCase)));
        this.profiles = profileStore.map(p -> new DefaultProfiles(p, b.identity, clock));
        this.mailRouter = new DefaultInboundMailRouter(engine, store, requireNonNull(b.identity), definitions.all(), definitions::forNewCase,
                observer);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the case operations: open, change, comment, assign, move, resolve, close, cancel,
     * reopen, read}
     */
    public CaseService cases() {
        return cases;
    }

    /**
     * The uploads of this instance: files are uploaded here on behalf of an agent or contact, then
     * named by id in {@link io.casekit.core.cases.OpenCase} and {@link io.casekit.core.cases.AddComment}.
     * It checks against the same {@link AttachmentPolicy} as the commands and stores into the
     * {@link Builder#attachmentStore attachment store}.
     *
     * @return the uploads, the same on every call
     * @throws NoAttachmentStoreException if the instance was built without an attachment store
     */
    public Attachments attachments() {
        return attachments.orElseThrow(() -> new NoAttachmentStoreException("an upload"));
    }

    /**
     * The scheduler that fires this instance's timers (SLA warnings and breaches, feedback windows).
     * The host starts it once the application is up and stops it on shutdown; several nodes may run
     * one each on the same store.
     *
     * @throws IllegalStateException if the store keeps no timers
     * @return the scheduler, the same one on every call; not yet started
     */
    public Scheduler scheduler() {
        return scheduler.orElseThrow(() -> new IllegalStateException(
                "the store " + store.getClass().getSimpleName() + " keeps no timers (its timers() is empty)"));
    }

    /**
     * The verification codes of this instance: issued, mailed at once through the notifier, and
     * checked, under the builder's {@link Builder#verificationPolicy verification policy}.
     *
     * @throws IllegalStateException if the store keeps no verification codes or no notifier was given
     * @return the verification codes, the same on every call
     */
    public VerificationCodes verificationCodes() {
        return verificationCodes.orElseThrow(() -> new IllegalStateException(store.verificationCodes().isPresent()
                ? "no notifier was given (Casekit.builder().notifier(...)), so no code can be mailed"
                : "the store " + store.getClass().getSimpleName() + " keeps no verification codes (its verificationCodes() is empty)"));
    }

    /**
     * The invitations of this instance: sent at once through the notifier under the builder's {@link
     * Builder#invitationPolicy invitation policy}; redeemed into contacts through the {@link
     * Builder#enrolment contact enrolment}.
     *
     * @throws IllegalStateException if the store keeps no invitations, no notifier was given, or
     *     nothing enrols contacts (neither {@link Builder#enrolment} nor an identity provider that is a
     *     {@link ContactEnrolment})
     * @return the invitations, the same on every call
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Invitations invitations() {
        return invitations.orElseThrow(this::noInvitations);
    }

    /**
     * The requests for portal access of this instance; approving one sends an {@link #invitations() invitation}.
     *
     * @throws IllegalStateException if the store keeps no access requests, or this instance has no invitations
     * @return the access requests, the same on every call
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public AccessRequests accessRequests() {
        if (store.accessRequests().isEmpty()) {
            throw new IllegalStateException("the store " + store.getClass().getSimpleName()
                    + " keeps no access requests (its accessRequests() is empty)");
        }
        return accessRequests.orElseThrow(this::noInvitations);
    }

    /**
     * The contact profiles of this instance; notifications honour them.
     *
     * @throws IllegalStateException if the store keeps no profiles
     * @return the profiles, the same on every call
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Profiles profiles() {
        return profiles.orElseThrow(() -> new IllegalStateException(
                "the store " + store.getClass().getSimpleName() + " keeps no profiles (its profiles() is empty)"));
    }

    private IllegalStateException noInvitations() {
        if (store.invitations().isEmpty()) {
            return new IllegalStateException("the store " + store.getClass().getSimpleName() + " keeps no invitations (its invitations() is empty)");
        }
        return new IllegalStateException(notifier.isEmpty()
                ? "no notifier was given (Casekit.builder().notifier(...)), so no invitation can be mailed"
                : "nothing enrols contacts: give Casekit.builder().enrolment(...), or an identity provider that is a ContactEnrolment");
    }

    /**
     * The dispatcher that delivers this instance's notifications through the notifier, with retries.
     * The host starts it once the application is up and stops it on shutdown; several nodes may run
     * one each on the same store.
     *
     * @throws IllegalStateException if the store keeps no outbox or no notifier was given
     * @return the dispatcher, the same one on every call; not yet started
     */
    public Dispatcher dispatcher() {
        return dispatcher.orElseThrow(() -> new IllegalStateException(store.outbox().isPresent()
                ? "no notifier was given (Casekit.builder().notifier(...)), so nothing delivers notifications"
                : "the store " + store.getClass().getSimpleName() + " keeps no notifications (its outbox() is empty)"));
    }

    /**
     * The router that turns inbound mail into comments and new cases. Its new cases get the first
     * case type of their definition; {@link InboundMailRouter#openingCasesOfType} and {@link
     * InboundMailRouter#openingCasesWith} give a router with other defaults.
     *
     * @return the router, the same one on every call
     */
    public InboundMailRouter mailRouter() {
        return mailRouter;
    }

    /**
     * {@return every workflow definition version this instance has, in the order they were
     * registered, so that a portal renders labels without a copy of its own}
     */
    public List<WorkflowDefinition> definitions() {
        return definitions.all();
    }

    /**
     * The definition version a case follows ({@link io.casekit.spi.model.Case#definition()}).
     *
     * @param ref the definition id and version
     * @return the definition version
     * @throws io.casekit.core.workflow.UnknownDefinitionException if this instance does not have it
     */
    public WorkflowDefinition definition(DefinitionRef ref) {
        return definitions.of(requireNonNull(ref, "ref"));
    }

    /**
     * The definition a new case of the customer follows: the one registered for the customer, else
     * the default, in its newest version.
     *
     * @param customerId the customer's id
     * @return the definition version
     */
    public WorkflowDefinition definitionForNewCase(String customerId) {
        return definitions.forNewCase(requireNonNull(customerId, "customerId"));
    }

    /** {@return the store this instance commits to} */
    public CaseStore store() {
        return store;
    }

    /**
     * {@return the attachment store this instance was given (a portal serves downloads from it), or
     * empty if none was (then it takes no attachments)}
     */
    public Optional<AttachmentStore> attachmentStore() {
        return attachmentStore;
    }

    /** {@return the notifier this instance was given, or empty if none was (then it has no dispatcher)} */
    public Optional<Notifier> notifier() {
        return notifier;
    }

    /**
     * Collects the collaborators of a {@link Casekit}. Each setter checks its argument at once and
     * may be called once; {@link #build()} checks the whole. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable CaseStore store;
        private @Nullable IdentityProvider identity;
        private @Nullable Notifier notifier;
        private @Nullable AttachmentStore attachmentStore;
        private Clock clock = Clock.systemUTC();
        private boolean clockSet;
        private @Nullable RandomGenerator random;
        private final List<WorkflowDefinition> definitions = new ArrayList<>();
        private @Nullable String defaultDefinition;
        private final Map<String, String> definitionByCustomer = new HashMap<>();
        private final Set<DefinitionRef> redefined = new HashSet<>();
        private String nodeId = "node-" + UUID.randomUUID();
        private Duration timerLease = Duration.ofMinutes(1);
        private Duration timerPollInterval = Duration.ofSeconds(1);
        private int recentCases = 10_000;
        private AttachmentPolicy attachmentPolicy = AttachmentPolicy.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private VerificationPolicy verificationPolicy = VerificationPolicy.DEFAULT;
        private InvitationPolicy invitationPolicy = InvitationPolicy.DEFAULT;
        private @Nullable ContactEnrolment enrolment;
        private CasekitObserver observer = CasekitObserver.NONE;
        private Duration notificationLease = Duration.ofMinutes(5);
        private Duration notificationPollInterval = Duration.ofSeconds(1);
        private int timerBatchSize = 100;
        private int notificationBatchSize = 20;
        private int deliveryThreads = 1;
        private final Set<String> set = new HashSet<>();

        private Builder() {}

        /** Marks a setter as called; each may be called once. */
        private void once(String setter) {
            checkState(set.add(setter), "%s was already set", setter);
        }

        private static Duration positive(Duration value, String setter) {
            requireNonNull(value, setter);
            checkArgument(!value.isNegative() && !value.isZero(), "%s must be positive, was %s", setter, value);
            return value;
        }

        /**
         * How many files a new case or a comment may carry, how large and of which types (default:
         * {@link AttachmentPolicy#defaults()}); {@link Casekit#attachments() uploads} and commands are
         * checked against it.
         *
         * @param value the policy
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder attachmentPolicy(AttachmentPolicy value) {
            once("attachmentPolicy");
            attachmentPolicy = requireNonNull(value, "attachmentPolicy");
            return this;
        }

        /**
         * How many recently committed cases this instance remembers (default 10,000; 0 turns it
         * off). A command on a remembered case skips reading it from the store; the store's version
         * check still proves it current, and a case changed elsewhere is read again, so the answer
         * is the same either way.
         *
         * @param value how many cases, 0 or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder recentCases(int value) {
            once("recentCases");
            checkArgument(value >= 0, "recentCases must not be negative, was %s", value);
            recentCases = value;
            return this;
        }

        /**
         * This node's name in timer leases (default: a random one). Unique among nodes sharing a store.
         *
         * @param value the node's name, not blank
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Builder nodeId(String value) {
            once("nodeId");
            checkArgument(!requireNonNull(value, "nodeId").isBlank(), "nodeId must not be blank");
            nodeId = value;
            return this;
        }

        /**
         * How long a node holds the timers it claimed before others may take them (default 1 minute).
         *
         * @param value the lease, positive
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder timerLease(Duration value) {
            once("timerLease");
            timerLease = positive(value, "timerLease");
            return this;
        }

        /**
         * How often a started scheduler looks for due timers (default 1 second).
         *
         * @param value the interval, positive
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder timerPollInterval(Duration value) {
            once("timerPollInterval");
            timerPollInterval = positive(value, "timerPollInterval");
            return this;
        }

        /**
         * How verification codes are made and checked (default {@link VerificationPolicy#DEFAULT}:
         * 6 digits, 10 minutes, 5 attempts, 5 codes an hour).
         *
         * @param value the policy
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder verificationPolicy(VerificationPolicy value) {
            once("verificationPolicy");
            verificationPolicy = requireNonNull(value, "verificationPolicy");
            return this;
        }

        /**
         * How invitations are made and mailed (default {@link InvitationPolicy#DEFAULT}: valid for 14
         * days, no link, the invitee's language only).
         *
         * @param value the policy
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        public Builder invitationPolicy(InvitationPolicy value) {
            once("invitationPolicy");
            invitationPolicy = requireNonNull(value, "invitationPolicy");
            return this;
        }

        /**
         * Who is told what this instance does: commands and their outcomes, SLA warnings and
         * breaches, timers fired, deliveries, inbound mail (default: nobody). A metrics binding such
         * as {@code casekit-micrometer}'s {@code CasekitMetrics} is one.
         *
         * @param value the observer
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        public Builder observer(CasekitObserver value) {
            once("observer");
            observer = requireNonNull(value, "observer");
            return this;
        }

        /**
         * What creates the contacts of redeemed invitations (default: the {@link #identity identity
         * provider}, if it is a {@link ContactEnrolment}, as {@link io.casekit.core.identity.InMemoryDirectory} is).
         *
         * @param value the enrolment
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        public Builder enrolment(ContactEnrolment value) {
            once("enrolment");
            enrolment = requireNonNull(value, "enrolment");
            return this;
        }

        /**
         * How failed deliveries are retried (default {@link RetryPolicy#DEFAULT}).
         *
         * @param value the policy
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder retryPolicy(RetryPolicy value) {
            once("retryPolicy");
            retryPolicy = requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * How long a node holds the notifications it claimed before others may take them (default 5
         * minutes); longer than delivering a batch of 20 takes.
         *
         * @param value the lease, positive
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder notificationLease(Duration value) {
            once("notificationLease");
            notificationLease = positive(value, "notificationLease");
            return this;
        }

        /**
         * How often a started dispatcher looks for due notifications (default 1 second).
         *
         * @param value the interval, positive
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder notificationPollInterval(Duration value) {
            once("notificationPollInterval");
            notificationPollInterval = positive(value, "notificationPollInterval");
            return this;
        }

        /**
         * How many due timers one claim of the scheduler takes at most (default 100).
         *
         * @param value the batch size, 1 or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder timerBatchSize(int value) {
            once("timerBatchSize");
            checkArgument(value > 0, "timerBatchSize must be positive, was %s", value);
            timerBatchSize = value;
            return this;
        }

        /**
         * On how many threads the dispatcher delivers a claimed batch (default 1, at most 64): with a
         * notifier that sends in parallel (the SMTP notifier keeps a pool of connections), a burst
         * drains at the server's pace.
         *
         * @param value the number of threads, 1 to 64
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder deliveryThreads(int value) {
            once("deliveryThreads");
            checkArgument(value >= 1 && value <= 64, "deliveryThreads must be 1 to 64, was %s", value);
            deliveryThreads = value;
            return this;
        }

        /**
         * How many due notifications one claim of the dispatcher takes at most (default 20).
         *
         * @param value the batch size, 1 or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder notificationBatchSize(int value) {
            once("notificationBatchSize");
            checkArgument(value > 0, "notificationBatchSize must be positive, was %s", value);
            notificationBatchSize = value;
            return this;
        }

        /**
         * Where cases live (required).
         *
         * @param value the store; its timers, outbox and queries decide what the definitions may use
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder store(CaseStore value) {
            checkState(store == null, "store was already set");
            store = requireNonNull(value, "store");
            return this;
        }

        /**
         * Who actors and customers are (required).
         *
         * @param value the identity provider
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder identity(IdentityProvider value) {
            checkState(identity == null, "identity was already set");
            identity = requireNonNull(value, "identity");
            return this;
        }

        /**
         * How messages are delivered (optional).
         *
         * @param value the notifier; without one, notifications stay in the outbox
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder notifier(Notifier value) {
            checkState(notifier == null, "notifier was already set");
            notifier = requireNonNull(value, "notifier");
            return this;
        }

        /**
         * Where uploaded files are kept (optional). Without one, {@link Casekit#attachments()} and a
         * command naming attachments throw {@link NoAttachmentStoreException}. Uploads are recorded
         * with their uploader in it, and claimed there once when a case or comment attaches them: give
         * every instance that shares the case store the same attachment store.
         *
         * @param value the store, e.g. a {@link io.casekit.core.store.FileSystemAttachmentStore}
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder attachmentStore(AttachmentStore value) {
            checkState(attachmentStore == null, "attachmentStore was already set");
            attachmentStore = requireNonNull(value, "attachmentStore");
            return this;
        }

        /**
         * The time source (default: the system clock in UTC). Tests pass a clock they control.
         *
         * @param value the clock
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder clock(Clock value) {
            checkState(!clockSet, "clock was already set");
            clock = requireNonNull(value, "clock");
            clockSet = true;
            return this;
        }

        /**
         * The source of the random part of case numbers (default: a {@link SecureRandom}).
         *
         * @param value the random generator
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder random(RandomGenerator value) {
            checkState(random == null, "random was already set");
            random = requireNonNull(value, "random");
            return this;
        }

        /**
         * Registers a workflow definition version (at least one is required). Register every version
         * that open cases still follow; new cases follow the newest version of their definition.
         *
         * @param value the definition version
         * @return this builder
         * @throws IllegalArgumentException if the same id and version was already registered
         */
        public Builder definition(WorkflowDefinition value) {
            requireNonNull(value, "definition");
            checkArgument(definitions.stream().noneMatch(d -> d.ref().equals(value.ref())),
                    "definition %s was already registered", value.ref());
            definitions.add(value);
            return this;
        }

        /**
         * The definition id new cases follow (default: the id of the first registered definition).
         *
         * @param definitionId the id of a registered definition
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder defaultDefinition(String definitionId) {
            checkState(defaultDefinition == null, "defaultDefinition was already set");
            defaultDefinition = requireNonNull(definitionId, "defaultDefinition");
            return this;
        }

        /**
         * Lets the new cases of one customer follow their own definition.
         *
         * @param customerId the customer's id
         * @param definitionId the id of a registered definition
         * @return this builder
         * @throws IllegalArgumentException if the customer already has a definition
         */
        public Builder definitionForCustomer(String customerId, String definitionId) {
            checkArgument(!definitionByCustomer.containsKey(customerId), "customer %s already has a definition", customerId);
            definitionByCustomer.put(requireNonNull(customerId, "customerId"), requireNonNull(definitionId, "definitionId"));
            return this;
        }

        /**
         * Declares that a registered definition version was changed in place on purpose (a corrected
         * label, a fixed template) and that its open cases are to follow the new content: the store
         * records the new fingerprint instead of refusing the build with {@link
         * ChangedDefinitionException}. Build once with it, then drop it. A change that open cases must
         * not follow belongs in a new version.
         *
         * @param definitionId the definition's id
         * @param version the changed version
         * @return this builder
         * @throws IllegalArgumentException if the version was already declared redefined, or is less than 1
         */
        public Builder redefined(String definitionId, int version) {
            DefinitionRef ref = new DefinitionRef(requireNonNull(definitionId, "definitionId"), version);
            checkArgument(redefined.add(ref), "definition %s was already declared redefined", ref);
            return this;
        }

        /**
         * Builds the instance. On a store that keeps {@linkplain CaseStore#definitionFingerprints()
         * definition fingerprints}, records the fingerprint of each registered definition version, or
         * compares it with the one recorded by an earlier build.
         *
         * @throws IllegalStateException if the store, the identity provider or a definition is missing
         * @throws IllegalArgumentException if a named definition id is not registered, or a version
         *     declared {@link #redefined} is not registered
         * @throws MissingCapabilityException if a definition needs a capability the store does not declare
         * @throws ChangedDefinitionException if a definition differs from the one the store recorded
         *     under the same id and version
         * @return the instance, immutable and thread-safe
         */
        public Casekit build() {
            checkState(store != null, "store is required: pass a CaseStore (e.g. new InMemoryCaseStore())");
            checkState(identity != null, "identity is required: pass an IdentityProvider");
            checkState(!definitions.isEmpty(), "at least one workflow definition is required (e.g. Presets.load(\"it-services\"))");
            String defaultId = defaultDefinition != null ? defaultDefinition : definitions.get(0).id();
            definitions.forEach(this::requireCapabilities);
            redefined.forEach(ref -> checkArgument(definitions.stream().anyMatch(d -> d.ref().equals(ref)),
                    "definition %s is declared redefined but not registered", ref));
            store.definitionFingerprints().ifPresent(fingerprints -> DefinitionFingerprinting.check(fingerprints, definitions, redefined));
            Casekit casekit = new Casekit(this, new Definitions(definitions, defaultId, definitionByCustomer));
            LOG.info("Casekit started: store {}, {} definition version(s), default definition '{}'",
                    store.getClass().getSimpleName(), definitions.size(), defaultId);
            return casekit;
        }

        private void requireCapabilities(WorkflowDefinition d) {
            String name = requireNonNull(store).getClass().getName();
            if (store.timers().isEmpty()) {
                if (!d.slaPolicies().isEmpty()) {
                    throw new MissingCapabilityException(MissingCapabilityException.Capability.TIMERS, d.ref(), "SLA policies", name);
                }
                if (d.feedbackWindow().isPresent()) {
                    throw new MissingCapabilityException(MissingCapabilityException.Capability.TIMERS, d.ref(), "a feedback window", name);
                }
            }
            if (store.outbox().isEmpty() && d.notifies()) {
                throw new MissingCapabilityException(MissingCapabilityException.Capability.OUTBOX, d.ref(), "notification rules", name);
            }
            if (store.queries().isEmpty() && !d.views().isEmpty()) {
                throw new MissingCapabilityException(MissingCapabilityException.Capability.QUERIES, d.ref(), "views", name);
            }
            if (store.counters().isEmpty() && d.caseNumberFormat().sequence() == CaseNumberFormat.Sequence.CUSTOMER) {
                throw new MissingCapabilityException(MissingCapabilityException.Capability.COUNTERS, d.ref(),
                        "per-customer case numbers ({customerSeq})", name);
            }
        }
    }
}
