package io.casekit.spi.event;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;

/**
 * A comment was added to the timeline. A comment does not change the case's fields; it only bumps its version and modification time.
 *
 * @param header the header
 * @param commentId the comment's id, unique within the case
 * @param body the comment text
 * @param visibility who may read it
 */
public record CommentAdded(EventHeader header, String commentId, String body, Visibility visibility) implements CaseChange {

    public CommentAdded {
        Checks.notNull(header, "header");
        Checks.notBlank(commentId, "commentId");
        Checks.notBlank(body, "body");
        Checks.notNull(visibility, "visibility");
    }

    @Override
    public Case applyTo(Case before) {
        return before.toBuilder()
                .committed(header.version(), header.at(), header.sequence())
                .build();
    }
}
