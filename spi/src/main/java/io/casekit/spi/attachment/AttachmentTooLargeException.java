package io.casekit.spi.attachment;

import io.casekit.spi.CasekitException;

/**
 * A {@link AttachmentStore#put} was refused because the content was longer than the limit. The store
 * stopped reading at the first byte past the limit and kept nothing. Retrying the same content
 * fails again.
 */
public final class AttachmentTooLargeException extends CasekitException {

    private static final long serialVersionUID = 1L;

    private final AttachmentId id;
    private final long maxBytes;

    public AttachmentTooLargeException(AttachmentId id, long maxBytes) {
        super("attachment " + id + " refused: it is larger than the limit of " + maxBytes + " bytes; nothing was stored");
        this.id = id;
        this.maxBytes = maxBytes;
    }

    /** The attachment that was refused. */
    public AttachmentId id() {
        return id;
    }

    /** The limit the content went past. */
    public long maxBytes() {
        return maxBytes;
    }
}
