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
package io.casekit.core.observe;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.model.SlaKind;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One thing Casekit reports as it works. Every value is of low cardinality (a command's type, an
 * outcome, a policy name), never a case id, a number or a mail address, so that a metrics binding
 * may use each as a tag.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public sealed interface Observation {

    /** How a command ended. */
    enum CommandOutcome {
        /** It was committed, or changed nothing. */
        ACCEPTED,
        /** It was refused (invalid, not allowed, not found): nothing changed. */
        REFUSED,
        /** The case changed meanwhile: nothing changed; the caller reloads and retries. */
        CONFLICT,
        /** The store or a plug-in failed. */
        FAILED
    }

    /**
     * A command ran through the pipeline.
     *
     * @param command the command's type, e.g. {@code OpenCase}
     * @param outcome how it ended
     * @param refusal the exception's type for a refusal or failure, e.g. {@code IllegalTransitionException}
     * @param latency how long it took, from validation to commit
     */
    record CommandCompleted(String command, CommandOutcome outcome, Optional<String> refusal, Duration latency) implements Observation {
        /**
         * Checks the parts.
         *
         * @param command the command's type
         * @param outcome how it ended
         * @param refusal the exception's type for a refusal or failure
         * @param latency how long it took
         */
        public CommandCompleted {
            requireNonNull(command, "command");
            requireNonNull(outcome, "outcome");
            requireNonNull(refusal, "refusal");
            requireNonNull(latency, "latency");
        }
    }

    /**
     * An SLA instance passed its warning time or its deadline, in a committed change.
     *
     * @param policy the SLA policy's name
     * @param kind what the clock measures
     * @param breached true for the deadline, false for the warning time
     */
    record SlaPassed(String policy, SlaKind kind, boolean breached) implements Observation {
        /**
         * Checks the parts.
         *
         * @param policy the SLA policy's name
         * @param kind what the clock measures
         * @param breached true for the deadline, false for the warning time
         */
        public SlaPassed {
            requireNonNull(policy, "policy");
            requireNonNull(kind, "kind");
        }
    }

    /**
     * The scheduler fired a due timer.
     *
     * @param timer the timer's name, the same for every case: {@code sla/<KIND>/warning}, {@code
     *     sla/<KIND>/breach} or {@code feedback-window}
     * @param outcome {@code acted}, {@code stale}, {@code orphaned}, {@code conflict} or {@code failed}
     * @param lag how long after its due time it fired
     */
    record TimerFired(String timer, String outcome, Duration lag) implements Observation {
        /**
         * Checks the parts.
         *
         * @param timer the timer's name
         * @param outcome what firing did
         * @param lag how long after its due time it fired
         */
        public TimerFired {
            requireNonNull(timer, "timer");
            requireNonNull(outcome, "outcome");
            requireNonNull(lag, "lag");
        }
    }

    /**
     * The dispatcher tried to deliver a notification.
     *
     * @param outcome {@code delivered}, {@code retried} or {@code failed}
     * @param age how long after its change was committed the attempt ended
     */
    record NotificationDelivered(String outcome, Duration age) implements Observation {
        /**
         * Checks the parts.
         *
         * @param outcome how the attempt ended
         * @param age how long after its change was committed the attempt ended
         */
        public NotificationDelivered {
            requireNonNull(outcome, "outcome");
            requireNonNull(age, "age");
        }
    }

    /**
     * The inbound mail router handled a mail.
     *
     * @param outcome the {@code Routing.Outcome} of an accepted mail ({@code COMMENTED}, ...) or the
     *     {@code RefusalReason} of a refused one
     * @param accepted whether it changed a case
     */
    record MailRouted(String outcome, boolean accepted) implements Observation {
        /**
         * Checks the parts.
         *
         * @param outcome the outcome or the refusal reason
         * @param accepted whether it changed a case
         */
        public MailRouted {
            requireNonNull(outcome, "outcome");
        }
    }
}
