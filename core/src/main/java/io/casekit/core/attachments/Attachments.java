/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.core.attachments;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.attachments.internal.ContentCheck;
import io.casekit.core.attachments.internal.FileNames;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.spi.Quoting;
import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.AttachmentTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the files of one upload (the attachments of one comment or one new case), checks them against
 * an {@link AttachmentPolicy} and streams them into an {@link AttachmentStore}: all of them, or none.
 * Thread-safe.
 *
 * <p>First every file is checked without reading its bytes: the number of files, each file name
 * (tidied, then refused if it names a path or holds control characters, see the package's file-name
 * rules), each declared content type (on the allow-list) and the name's extension (one of the
 * type's). Any problem refuses the whole upload before a single byte is read. Then each file is
 * streamed into a temporary file, stopped at the policy's size limit, and its whole content is checked
 * against its declared type by content detection (Apache Tika), whole-archive checks of the ZIP-based
 * documents, a polyglot check and a read of text to its end (see {@code ContentCheck}); only then is
 * it streamed into the store. If a file fails here, the files of this upload stored before it are
 * deleted again. A refused upload leaves nothing behind, temporary files included.
 *
 * <p>Refusals are {@link CommandValidationException}s whose violations name the field, e.g.
 * {@code attachments[5]} (one file too many), {@code attachments[2].fileName},
 * {@code attachments[0].contentType} or {@code attachments[1].content}, and the rule.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);
    private static final String OPERATION = "attachment upload";

    private final AttachmentStore store;
    private final AttachmentPolicy policy;

    /**
     * A service storing into {@code store} under {@code policy}.
     *
     * @param store where the bytes go
     * @param policy the rules uploads are checked against; the same one as {@link
     *     io.casekit.core.Casekit.Builder#attachmentPolicy} so that commands accept what was uploaded
     */
    public Attachments(AttachmentStore store, AttachmentPolicy policy) {
        this.store = requireNonNull(store, "store");
        this.policy = requireNonNull(policy, "policy");
    }

    /** {@return the policy uploads are checked against} */
    public AttachmentPolicy policy() {
        return policy;
    }

    /** A file that passed the checks that need no bytes. */
    private record Checked(int index, AttachmentDescriptor descriptor, AllowedType type, ContentSource content) {}

    /**
     * Checks and stores the files of one upload.
     *
     * @param files the files in the order the client sent them; may be empty
     * @return the metadata of the stored files, in the same order
     * @throws CommandValidationException if a file breaks a rule; nothing is stored
     * @throws AttachmentStorageException if a file could not be read or stored; nothing is stored
     */
    public List<AttachmentMetadata> upload(List<AttachmentUpload> files) {
        List<Checked> checked = check(List.copyOf(requireNonNull(files, "files")));
        List<AttachmentMetadata> stored = new ArrayList<>();
        try {
            for (Checked file : checked) {
                stored.add(store(file));
            }
        } catch (RuntimeException e) {
            rollBack(stored, e);
            throw e;
        }
        return List.copyOf(stored);
    }

    /**
     * Deletes stored attachments again, for a caller whose command failed after the upload. Idempotent.
     *
     * @param attachments the metadata {@link #upload} returned
     * @throws AttachmentStorageException if one could not be deleted (the others are deleted all the same)
     */
    public void discard(List<AttachmentMetadata> attachments) {
        AttachmentStorageException failure = null;
        for (AttachmentMetadata attachment : attachments) {
            try {
                store.delete(attachment.id());
            } catch (AttachmentStorageException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void rollBack(List<AttachmentMetadata> stored, RuntimeException cause) {
        for (AttachmentMetadata attachment : stored) {
            try {
                store.delete(attachment.id());
            } catch (RuntimeException e) {
                LOG.warn("attachment {} of a refused upload could not be deleted: {}", attachment.id(), e.toString());
                cause.addSuppressed(e);
            }
        }
    }

    /** Checks everything that needs no bytes, for every file; throws with all violations found. */
    private List<Checked> check(List<AttachmentUpload> files) {
        List<Violation> violations = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String field = "attachments[" + i + "]";
            if (i >= policy.maxFiles()) {
                violations.add(new Violation(field, "MaxFiles",
                        "one upload may have at most " + policy.maxFiles() + " files; this is file " + (i + 1)));
            }
            AttachmentUpload file = files.get(i);
            String name = FileNames.tidy(file.fileName());
            List<FileNames.Problem> nameProblems = FileNames.problems(name);
            nameProblems.forEach(p -> violations.add(new Violation(field + ".fileName", p.rule(), p.message())));
            Optional<AllowedType> type = policy.allowedType(file.contentType());
            if (type.isEmpty()) {
                violations.add(new Violation(field + ".contentType", "AllowedContentType",
                        "'" + Quoting.quote(AttachmentPolicy.essence(file.contentType())) + "' is not allowed; allowed are "
                                + String.join(", ", policy.allowedTypes().stream().map(AllowedType::mediaType).toList())));
            } else if (nameProblems.isEmpty() && !type.get().allowsNameOf(name)) {
                violations.add(new Violation(field + ".fileName", "Extension",
                        "a file of type " + type.get().mediaType() + " must end in ."
                                + String.join(" or .", type.get().sortedExtensions())));
            }
            if (violations.isEmpty()) {
                checked.add(new Checked(i, new AttachmentDescriptor(name, type.orElseThrow().mediaType()), type.get(), file.content()));
            }
        }
        throwIfAny(violations);
        return checked;
    }

    /**
     * Streams one checked file into a temporary file (stopping at the size limit), checks its whole
     * content against its type, then streams it into the store. The temporary file is deleted in any case.
     */
    private AttachmentMetadata store(Checked file) {
        String field = "attachments[" + file.index() + "].content";
        Path spool = null;
        try {
            spool = Files.createTempFile("casekit-upload-", ".part");
            long size;
            try (InputStream in = file.content().open(); OutputStream out = Files.newOutputStream(spool)) {
                size = copyAtMost(in, out, policy.maxBytesPerFile());
            }
            if (size == 0) {
                throw refusal(field, "NotEmpty", "must not be empty");
            }
            if (size > policy.maxBytesPerFile()) {
                throw refusal(field, "MaxSize", "must be at most " + describe(policy.maxBytesPerFile()));
            }
            Optional<String> problem = ContentCheck.problem(spool, file.type());
            if (problem.isPresent()) {
                throw refusal(field, "ContentMatchesType", problem.get());
            }
            AttachmentId id = AttachmentId.random();
            try (InputStream in = Files.newInputStream(spool)) {
                return store.put(id, file.descriptor(), in, policy.maxBytesPerFile());
            } catch (AttachmentTooLargeException e) {
                throw refusal(field, "MaxSize", "must be at most " + describe(policy.maxBytesPerFile()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new AttachmentStorageException("attachments[" + file.index() + "] (" + Quoting.quote(file.descriptor().fileName())
                    + ") could not be read: " + e + "; nothing was stored", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /** Copies up to {@code max + 1} bytes (one more tells that there were too many); returns how many. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        while (copied <= max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - copied));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    private static void deleteQuietly(@Nullable Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            LOG.warn("temporary upload file {} could not be deleted: {}", spool, e.toString());
        }
    }

    private static String describe(long bytes) {
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? bytes / mib + " MiB (" + bytes + " bytes)" : bytes + " bytes";
    }

    private static CommandValidationException refusal(String field, String rule, String message) {
        return new CommandValidationException(OPERATION, List.of(new Violation(field, rule, message)));
    }

    /** Throws with every violation, in the order of the files. */
    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CommandValidationException(OPERATION, violations);
        }
    }
}
