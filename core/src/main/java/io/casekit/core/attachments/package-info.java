/**
 * Attachments to cases and comments: the {@link io.casekit.core.attachments.AttachmentPolicy} (how
 * many files, how large, which content types, which file names) and the
 * {@link io.casekit.core.attachments.Attachments} service that checks every file of an upload
 * against it and streams the accepted ones into an {@link io.casekit.spi.attachment.AttachmentStore},
 * all or nothing.
 */
@NullMarked
package io.casekit.core.attachments;

import org.jspecify.annotations.NullMarked;
