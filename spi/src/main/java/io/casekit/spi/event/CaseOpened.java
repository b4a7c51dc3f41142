package io.casekit.spi.event;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;

/**
 * The first event of every case: the case as it was opened.
 *
 * @param header the header; its version is 1
 * @param opened the case as opened, version 1
 */
public record CaseOpened(EventHeader header, Case opened) implements CaseEvent {

    public CaseOpened {
        Checks.notNull(header, "header");
        Checks.notNull(opened, "opened");
        if (opened.version() != 1 || header.version() != 1 || header.sequence() != 1 || opened.eventCount() != 1) {
            throw new IllegalArgumentException("an opened case has version 1 and is the first event of its timeline");
        }
        if (!opened.id().equals(header.caseId())) {
            throw new IllegalArgumentException("opened case id differs from the header's case id");
        }
    }
}
