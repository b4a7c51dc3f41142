/**
 * The attachment contract: stream a file's bytes into an {@link io.casekit.spi.attachment.AttachmentStore}
 * under a hard size limit and read them back; only the {@link io.casekit.spi.attachment.AttachmentMetadata}
 * lives with the case.
 */
@NullMarked
package io.casekit.spi.attachment;

import org.jspecify.annotations.NullMarked;
