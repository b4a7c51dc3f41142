package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.CaseId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * What every event records besides its own payload.
 *
 * @param caseId the case the event belongs to
 * @param sequence the event's position in the case's timeline: 1 for the first event, one more for
 *     each following event, with no gaps
 * @param version the case version the event's commit produced; events committed together share it
 * @param at when the change was committed
 * @param actor who made the change
 */
@API(status = STABLE, since = "0.1.0")
public record EventHeader(CaseId caseId, long sequence, long version, Instant at, ActorRef actor) {

    /**
     * Checks the components.
     *
     * @param caseId the case the event belongs to
     * @param sequence the event's position in the case's timeline: 1 for the first event, one more for
     *     each following event, with no gaps
     * @param version the case version the event's commit produced; events committed together share it
     * @param at when the change was committed
     * @param actor who made the change
     * @throws IllegalArgumentException if {@code sequence} or {@code version} is less than 1
     */
    public EventHeader {
        Checks.notNull(caseId, "caseId");
        Checks.positive(sequence, "sequence");
        Checks.positive(version, "version");
        Checks.notNull(at, "at");
        Checks.notNull(actor, "actor");
    }
}
