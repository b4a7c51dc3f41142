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
package io.casekit.core.sla.internal;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.timer.TimerKey;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of timer Casekit keeps for a case, typed: an SLA instance's warning or breach, and the
 * end of the feedback window. A timer's stored name is its kind written out ({@code
 * sla/RESOLUTION/breach}, {@code feedback-window}); {@link #parse} reads it back, and a name that
 * names no kind (one written by an older version, an SLA kind renamed since) reads as none.
 */
public sealed interface CaseTimer {

    /** The name the timer is stored under. */
    String name();

    /** The key of this timer on a case. */
    default TimerKey key(CaseId caseId) {
        return new TimerKey(caseId, name());
    }

    /** The timer a stored name stands for, if it stands for one. */
    static Optional<CaseTimer> parse(String name) {
        if (name.equals(FeedbackWindow.NAME)) {
            return Optional.of(new FeedbackWindow());
        }
        String[] parts = name.split("/", -1);
        if (parts.length != 3 || !parts[0].equals("sla")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Sla(SlaKind.valueOf(parts[1]), Moment.valueOf(parts[2].toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When an SLA timer fires: at the warning time, or at the deadline. */
    enum Moment {
        /** The warning time: the instance nears its breach. */
        WARNING,
        /** The deadline: the instance is breached. */
        BREACH
    }

    /**
     * An SLA instance's warning or breach.
     *
     * @param kind the instance's kind
     * @param moment which of its moments
     */
    record Sla(SlaKind kind, Moment moment) implements CaseTimer {
        @Override
        public String name() {
            return "sla/" + kind.name() + "/" + moment.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The end of the feedback window of a status awaiting the customer's confirmation. */
    record FeedbackWindow() implements CaseTimer {
        static final String NAME = "feedback-window";

        @Override
        public String name() {
            return NAME;
        }
    }
}
