package io.casekit.core.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one {@link Dispatcher#runDue()} pass did.
 *
 * @param delivered notifications the notifier delivered
 * @param rescheduled notifications whose attempt failed for now, due again later
 * @param failed notifications given up on (a permanent failure, or the last allowed attempt)
 * @param lost attempts whose claim another node took over meanwhile (their outcome was not recorded)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DispatchReport(int delivered, int rescheduled, int failed, int lost) {

    /** Nothing done. */
    public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0);

    DispatchReport plus(DispatchReport other) {
        return new DispatchReport(delivered + other.delivered, rescheduled + other.rescheduled, failed + other.failed, lost + other.lost);
    }

    /** {@return how many notifications were attempted: the sum of the four counts} */
    public int attempted() {
        return delivered + rescheduled + failed + lost;
    }
}
