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

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The window a customer has to react after the desk resolved a case (guide 000: 7 days after the
 * feedback mail). When a case enters a status flagged {@code AWAITING_CONFIRMATION}, a timer is set
 * {@link #after()} later (calendar time); if the case is still waiting then, the system moves it to
 * {@link #closeWith()} along a transition open to {@code SYSTEM}. Leaving the status cancels the
 * timer.
 *
 * @param after how long the window lasts, in calendar time
 * @param closeWith the status the case is closed with
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FeedbackWindow(Duration after, String closeWith) {

    /**
     * Checks that every part is present.
     *
     * @param after how long the window lasts, in calendar time
     * @param closeWith the status the case is closed with
     */
    public FeedbackWindow {
        requireNonNull(after, "feedbackWindow.after");
        requireNonNull(closeWith, "feedbackWindow.closeWith");
    }
}
