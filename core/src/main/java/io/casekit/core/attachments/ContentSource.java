package io.casekit.core.attachments;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Where an uploaded file's bytes come from, opened only once the whole upload has passed its checks
 * (so a refused upload reads nothing). {@link Attachments} opens it at most once and closes what it
 * opened.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
