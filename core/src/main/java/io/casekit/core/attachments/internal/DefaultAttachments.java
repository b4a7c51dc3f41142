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
package io.casekit.core.attachments.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.attachments.AllowedType;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.core.attachments.Attachments;
import io.casekit.core.attachments.ContentSource;
import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.spi.Quoting;
import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.AttachmentTooLargeException;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Attachments} of a Casekit instance: checks the files of one upload against the policy
 * and streams them into the store with their uploader's origin, all or nothing. Thread-safe.
 */
public final class DefaultAttachments implements Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultAttachments.class);
    private static final String OPERATION = "attachment upload";

    private final AttachmentStore store;
    private final AttachmentPolicy policy;
    private final IdentityProvider identity;
    private final Clock clock;

    /**
     * A service storing into {@code store} under {@code policy}, for actors {@code identity} knows.
     *
     * @param store where the bytes and their records go
     * @param policy the rules uploads are checked against; the instance's commands are checked against it too
     * @param identity who uploads
     * @param clock when they upload
     */
    public DefaultAttachments(AttachmentStore store, AttachmentPolicy policy, IdentityProvider identity, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.policy = requireNonNull(policy, "policy");
        this.identity = requireNonNull(identity, "identity");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public AttachmentPolicy policy() {
        return policy;
    }

    /** A file that passed the checks that need no bytes. */
    private record Checked(int index, AttachmentDescriptor descriptor, AllowedType type, ContentSource content) {}

    @Override
    public List<AttachmentMetadata> upload(String actorId, List<AttachmentUpload> files) {
        requireNonNull(actorId, "actorId");
        List<AttachmentUpload> all = List.copyOf(requireNonNull(files, "files"));
        Actor actor = actor(actorId);
        AttachmentOrigin origin = UploadRules.originOf(actor, clock.instant())
                .orElseThrow(() -> new AccessDeniedException(actorId, "only agents and contacts upload files"));
        List<Checked> checked = check(all);
        List<AttachmentMetadata> stored = new ArrayList<>();
        try {
            for (Checked file : checked) {
                stored.add(store(file, origin));
            }
        } catch (RuntimeException e) {
            rollBack(stored, e);
            throw e;
        }
        return List.copyOf(stored);
    }

    @Override
    public List<AttachmentId> discard(String actorId, List<AttachmentId> ids) {
        requireNonNull(actorId, "actorId");
        List<AttachmentId> all = List.copyOf(requireNonNull(ids, "ids"));
        Actor actor = actor(actorId);
        List<AttachmentId> deleted = new ArrayList<>();
        for (AttachmentId id : all) {
            boolean own = store.find(id).filter(a -> UploadRules.mayAttach(actor, a.origin())).isPresent();
            // claimed first, so that no command attaches it while it is deleted
            if (own && store.claim(id) == ClaimOutcome.CLAIMED) {
                store.delete(id);
                deleted.add(id);
            }
        }
        return List.copyOf(deleted);
    }

    private Actor actor(String actorId) {
        return identity.findActor(actorId).orElseThrow(() -> new AccessDeniedException(actorId, "unknown actor"));
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
        if (!violations.isEmpty()) {
            throw new CommandValidationException(OPERATION, violations);
        }
        return checked;
    }

    /**
     * Streams one checked file into a temporary file (stopping at the size limit), checks its whole
     * content against its type, then streams it into the store. The temporary file is deleted in any case.
     */
    private AttachmentMetadata store(Checked file, AttachmentOrigin origin) {
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
                return store.put(id, file.descriptor(), origin, in, policy.maxBytesPerFile()).metadata();
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

    /** The size limit in words, e.g. {@code 90 MiB (94371840 bytes)}. */
    public static String describe(long bytes) {
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? bytes / mib + " MiB (" + bytes + " bytes)" : bytes + " bytes";
    }

    private static CommandValidationException refusal(String field, String rule, String message) {
        return new CommandValidationException(OPERATION, List.of(new Violation(field, rule, message)));
    }
}
