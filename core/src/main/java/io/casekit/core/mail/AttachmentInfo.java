package io.casekit.core.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What an inbound mail's attachment is, without its content.
 *
 * @param fileName the file name the mail gives
 * @param contentType the MIME type the mail gives
 * @param size the size in bytes
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AttachmentInfo(String fileName, String contentType, long size) {

    /**
     * Checks the components.
     *
     * @param fileName the file name the mail gives
     * @param contentType the MIME type the mail gives
     * @param size the size in bytes
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public AttachmentInfo {
        requireNonNull(fileName, "fileName must not be null");
        requireNonNull(contentType, "contentType must not be null");
        checkArgument(size >= 0, "size must not be negative, was %s", size);
    }
}
