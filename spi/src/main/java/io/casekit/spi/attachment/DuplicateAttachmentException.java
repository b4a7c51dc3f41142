package io.casekit.spi.attachment;

import io.casekit.spi.CasekitException;

/**
 * A {@link AttachmentStore#put} was refused because the store already holds an attachment with this
 * id. The stored one is unchanged; a store never replaces content. Ids are random, so this points at
 * a caller that reused an id: retrying with the same id fails again.
 */
public final class DuplicateAttachmentException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final AttachmentId id;

    public DuplicateAttachmentException(AttachmentId id) {
        super("attachment " + id + " already exists; stored content is never replaced");
        this.id = id;
    }

    /** The id that is taken. */
    public AttachmentId id() {
        return id;
    }
}
