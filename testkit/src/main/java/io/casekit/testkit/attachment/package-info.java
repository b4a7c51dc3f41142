/**
 * The contract every {@link io.casekit.spi.attachment.AttachmentStore} passes, and generated content of any
 * length to feed it ({@link io.casekit.testkit.attachment.GeneratedContent}).
 */
@NullMarked
package io.casekit.testkit.attachment;

import org.jspecify.annotations.NullMarked;
