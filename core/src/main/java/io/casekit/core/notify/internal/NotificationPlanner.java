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
package io.casekit.core.notify.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.workflow.Audience;
import io.casekit.core.workflow.MessageTemplate;
import io.casekit.core.workflow.NotificationRule;
import io.casekit.core.workflow.NotificationTrigger;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds to a change the notifications its definition's rules call for, so that they are committed
 * with it. Rules are tried in declaration order; each recipient gets one message per change, from
 * the first rule that matches one of the change's events and addresses it. A recipient gets mail
 * only if it accepts {@link Channel#EMAIL} and has an address; a contact only about its own
 * customer's case and never about an internal comment; the actor who made the change only if the
 * rule says so; an actor who muted the rule's trigger in its profile only if the rule is mandatory
 * (a muted rule leaves the recipient to a later rule). A change whose events no rule is about costs one pass over its events. Thread-safe.
 */
public final class NotificationPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationPlanner.class);

    private final IdentityProvider identity;
    private final Optional<ProfileStore> profiles;

    /** A planner that finds recipients through the identity provider and honours their profiles, if the store keeps them. */
    public NotificationPlanner(IdentityProvider identity, Optional<ProfileStore> profiles) {
        this.identity = identity;
        this.profiles = profiles;
    }

    /** Renders the notifications of the change made by {@code actor} and adds them to it. */
    public void addTo(WorkflowDefinition d, Change change, Actor actor) {
        if (!d.notifies()) {
            return;
        }
        Set<NotificationTrigger> happened = EnumSet.noneOf(NotificationTrigger.class);
        for (CaseEvent event : change.events()) {
            trigger(event).ifPresent(happened::add);
        }
        @Nullable Recipients recipients = null;
        Set<String> notified = new HashSet<>();
        for (NotificationRule rule : d.notificationRules()) {
            if (!happened.contains(rule.on())) {
                continue;
            }
            Optional<CaseEvent> trigger = change.events().stream().filter(e -> matches(rule, e)).findFirst();
            if (trigger.isEmpty()) {
                continue;
            }
            if (recipients == null) {
                recipients = new Recipients(identity, profiles, d, change.state());
            }
            MessageTemplate template = d.template(rule.template()).orElseThrow();
            for (Audience audience : rule.to()) {
                for (Actor recipient : recipients.of(audience)) {
                    if (mayReceive(rule, trigger.get(), recipient, change) && (rule.mandatory() || !recipients.muted(recipient.id(), rule.on()))
                            && notified.add(recipient.id())) {
                        change.notify(MessageRendering.render(d, change, actor, trigger.get(), template, recipient, recipients));
                    }
                }
            }
        }
        if (!notified.isEmpty()) {
            LOG.debug("case {} version {}: {} notification(s)", change.state().number(), change.state().version(), notified.size());
        }
    }

    private static boolean mayReceive(NotificationRule rule, CaseEvent trigger, Actor recipient, Change change) {
        if (!recipient.channels().contains(Channel.EMAIL) || recipient.email().filter(e -> !e.isBlank()).isEmpty()) {
            return false;
        }
        if (!rule.notifyActor() && recipient.ref().equals(change.actor())) {
            return false;
        }
        if (recipient.kind() == ActorKind.CONTACT) {
            Case c = change.state();
            boolean internal = trigger instanceof CommentAdded comment && comment.visibility() == Visibility.INTERNAL;
            return !internal && recipient.customerId().equals(Optional.of(c.customerId()));
        }
        return true;
    }

    private static boolean matches(NotificationRule rule, CaseEvent event) {
        Optional<NotificationTrigger> trigger = trigger(event);
        if (trigger.isEmpty() || trigger.get() != rule.on()) {
            return false;
        }
        return rule.statusReasons().isEmpty() || event instanceof StatusChanged moved && rule.statusReasons().contains(moved.to());
    }

    /** The kind of event a rule would name this event by, if any. */
    static Optional<NotificationTrigger> trigger(CaseEvent event) {
        if (event instanceof StatusChanged) {
            return Optional.of(NotificationTrigger.STATUS_CHANGED);
        }
        if (event instanceof CommentAdded comment) {
            return Optional.of(comment.visibility() == Visibility.PUBLIC ? NotificationTrigger.PUBLIC_COMMENT : NotificationTrigger.INTERNAL_COMMENT);
        }
        if (event instanceof CaseOpened) {
            return Optional.of(NotificationTrigger.CASE_OPENED);
        }
        if (event instanceof Assigned assigned) {
            return assigned.to().isPresent() ? Optional.of(NotificationTrigger.ASSIGNED) : Optional.empty();
        }
        if (event instanceof PriorityChanged) {
            return Optional.of(NotificationTrigger.PRIORITY_CHANGED);
        }
        if (event instanceof StageChanged) {
            return Optional.of(NotificationTrigger.STAGE_CHANGED);
        }
        if (event instanceof Escalated) {
            return Optional.of(NotificationTrigger.ESCALATED);
        }
        if (event instanceof ApprovalRequested) {
            return Optional.of(NotificationTrigger.APPROVAL_REQUESTED);
        }
        if (event instanceof ApprovalGranted || event instanceof ApprovalRefused) {
            return Optional.of(NotificationTrigger.APPROVAL_DECIDED);
        }
        if (event instanceof SlaChanged sla) {
            if (sla.change() == SlaChanged.Change.NEARING_BREACH) {
                return Optional.of(NotificationTrigger.SLA_NEARING_BREACH);
            }
            if (sla.change() == SlaChanged.Change.BREACHED) {
                return Optional.of(NotificationTrigger.SLA_BREACHED);
            }
        }
        return Optional.empty();
    }
}
