package io.casekit.core.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where an uploaded file's bytes come from, opened only once the whole upload has passed its checks
 * (so a refused upload reads nothing). {@link Attachments} opens it at most once and closes what it
 * opened.
 */
@FunctionalInterface
public interface ContentSource {

    /**
     * Opens the bytes, e.g. a multipart request part's stream.
     *
     * @return a new stream of the bytes, from the start; the caller closes it
     * @throws IOException if the bytes cannot be read
     */
    InputStream open() throws IOException;
}
