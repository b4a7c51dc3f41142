package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How cases are merged (guide 000, status 430 Merged): the status a merged source gets, and how
 * long a merge can be undone. A case may be merged from the statuses that have a transition to
 * {@link #status()} open to the actor; a plain status change to it is refused (only a merge
 * reaches it).
 *
 * @param status the status merged sources get; a CANCELLED status
 * @param unmergeWindow how long after the merge an unmerge restores the source (zero: never)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Merging(String status, Duration unmergeWindow) {

    /**
     * Checks that every part is present.
     *
     * @param status the status merged sources get; a CANCELLED status
     * @param unmergeWindow how long after the merge an unmerge restores the source (zero: never)
     */
    public Merging {
        requireNonNull(status, "merging.status");
        requireNonNull(unmergeWindow, "merging.unmergeWindow");
    }
}
