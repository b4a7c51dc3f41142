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
