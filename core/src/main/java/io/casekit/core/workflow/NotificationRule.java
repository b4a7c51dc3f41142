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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which event notifies whom with which template. Of the rules that match a change, each recipient
 * gets one message: from the first matching rule, in declaration order.
 *
 * @param on the kind of event
 * @param statusReasons for {@link NotificationTrigger#STATUS_CHANGED}: the statuses the case must
 *     move to; empty for any
 * @param to the recipients
 * @param template the code of the template to render
 * @param notifyActor whether the actor who made the change gets the message too (a confirmation of
 *     one's own filing, say); by default nobody is told of their own change
 * @param mandatory whether the rule reaches contacts who muted its trigger in their profile (a
 *     security notice, say); by default a muted trigger silences the rule for that contact
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record NotificationRule(NotificationTrigger on, Set<String> statusReasons, List<Audience> to, String template,
        boolean notifyActor, boolean mandatory) {

    /**
     * Checks that the parts are present and copies the collections; the codes are checked against the
     * definition when it is built.
     *
     * @param on the kind of event
     * @param statusReasons for {@link NotificationTrigger#STATUS_CHANGED}: the statuses the case must
     *     move to; empty for any
     * @param to the recipients
     * @param template the code of the template to render
     * @param notifyActor whether the actor who made the change gets the message too (a confirmation of
     *     one's own filing, say); by default nobody is told of their own change
     * @param mandatory whether the rule reaches contacts who muted its trigger
     */
    public NotificationRule {
        requireNonNull(on, "notificationRule.on");
        statusReasons = Set.copyOf(requireNonNull(statusReasons, "notificationRule.statusReasons"));
        to = List.copyOf(requireNonNull(to, "notificationRule.to"));
        requireNonNull(template, "notificationRule.template");
    }

    /**
     * A rule that a contact's profile can mute, as before profiles existed.
     *
     * @param on the kind of event
     * @param statusReasons for {@link NotificationTrigger#STATUS_CHANGED}: the statuses the case must
     *     move to; empty for any
     * @param to the recipients
     * @param template the code of the template to render
     * @param notifyActor whether the actor who made the change gets the message too
     */
    public NotificationRule(NotificationTrigger on, Set<String> statusReasons, List<Audience> to, String template, boolean notifyActor) {
        this(on, statusReasons, to, template, notifyActor, false);
    }

    /**
     * A rule on {@code on}, rendering {@code template} for {@code to}.
     *
     * @param on the kind of event the rule fires on
     * @param template the code of the message template to render
     * @param to who gets the message
     * @return the rule
     */
    public static NotificationRule of(NotificationTrigger on, String template, Audience... to) {
        return new NotificationRule(on, Set.of(), List.of(to), template, false);
    }

    /**
     * This rule, narrowed to status changes into one of {@code codes}.
     *
     * @param codes the status reason codes
     * @return a new rule; this one is unchanged
     */
    public NotificationRule toStatuses(String... codes) {
        return new NotificationRule(on, Set.of(codes), to, template, notifyActor, mandatory);
    }

    /**
     * {@return this rule, also telling the actor who made the change: a new rule; this one is
     * unchanged}
     */
    public NotificationRule notifyingActor() {
        return new NotificationRule(on, statusReasons, to, template, true, mandatory);
    }

    /**
     * {@return this rule, reaching contacts who muted its trigger too: a new rule; this one is
     * unchanged}
     */
    public NotificationRule evenWhenMuted() {
        return new NotificationRule(on, statusReasons, to, template, notifyActor, true);
    }
}
