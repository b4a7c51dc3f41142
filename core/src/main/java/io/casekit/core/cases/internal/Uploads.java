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
package io.casekit.core.cases.internal;

import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.attachments.NoAttachmentStoreException;
import io.casekit.core.attachments.internal.DefaultAttachments;
import io.casekit.core.attachments.internal.UploadRules;
import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.attachment.StoredAttachment;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.store.DuplicateCaseNumberException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attachment store as the pipeline meets it. In the load step, the uploads a command names are
 * looked up and checked: each must be stored, be the actor's own ({@link UploadRules#mayAttach}) and
 * be attached nowhere yet; the metadata a case records is the store's. In the commit step, every
 * upload the changes attach is claimed, atomically and once, before the case commit; a claim is
 * released only when the commit certainly did not happen. So an upload is never attached twice: two
 * commands racing for it both pass the load step, and the claim refuses the second. A crash between
 * the claim and the commit leaves an upload claimed and attached nowhere (the user uploads it again).
 * Thread-safe.
 */
final class Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    private final Optional<AttachmentStore> store;
    private final AttachmentPolicy policy;

    Uploads(Optional<AttachmentStore> store, AttachmentPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /**
     * The load step: the stored metadata of the uploads a command names, in its order.
     *
     * @throws CommandValidationException naming {@code attachments[i]} for each id that is not an
     *     unattached upload of the actor (unknown and another actor's look the same), or whose stored
     *     type or size the policy no longer allows
     * @throws NoAttachmentStoreException if the command names uploads and there is no store
     */
    List<AttachmentMetadata> load(Actor actor, String command, List<AttachmentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        AttachmentStore attachments = require(command, ids);
        Violations violations = new Violations(command);
        List<AttachmentMetadata> found = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String field = "attachments[" + i + "]";
            AttachmentId id = ids.get(i);
            Optional<StoredAttachment> stored = attachments.find(id).filter(a -> UploadRules.mayAttach(actor, a.origin()));
            if (stored.isEmpty()) {
                violations.add(field, "KnownUpload", unknown(id));
            } else if (stored.get().claimed()) {
                violations.add(field, "AttachedOnce", attached(id));
            } else {
                AttachmentMetadata metadata = stored.get().metadata();
                if (policy.allowedType(metadata.contentType()).isEmpty()) {
                    violations.add(field + ".contentType", "AllowedContentType",
                            "'" + metadata.contentType() + "' is not an allowed type");
                }
                if (metadata.size() > policy.maxBytesPerFile()) {
                    violations.add(field + ".content", "MaxSize", "must be at most " + DefaultAttachments.describe(policy.maxBytesPerFile()));
                }
                found.add(metadata);
            }
        }
        violations.throwIfAny();
        return List.copyOf(found);
    }

    /**
     * The commit step, before the case commit: claims every upload the changes attach.
     *
     * @return the claimed ids, to {@link #release} if the commit certainly fails
     * @throws CommandValidationException naming {@code attachments[i]} if an upload was claimed
     *     meanwhile (another command attached it) or deleted; the claims this call made are released
     */
    List<AttachmentId> claim(String command, List<Change> changes) {
        List<List<AttachmentMetadata>> attached = new ArrayList<>();
        boolean any = false;
        for (Change change : changes) {
            for (List<AttachmentMetadata> files : attachmentsOf(change)) {
                attached.add(files);
                any |= !files.isEmpty();
            }
        }
        if (!any) {
            return List.of();
        }
        AttachmentStore attachments = require(command, attached.stream().flatMap(List::stream).map(AttachmentMetadata::id).toList());
        List<AttachmentId> claimed = new ArrayList<>();
        List<Violation> refused = new ArrayList<>();
        try {
            for (List<AttachmentMetadata> list : attached) {
                for (int i = 0; i < list.size(); i++) {
                    AttachmentId id = list.get(i).id();
                    ClaimOutcome outcome = attachments.claim(id);
                    switch (outcome) {
                        case CLAIMED -> claimed.add(id);
                        case ALREADY_CLAIMED -> refused.add(new Violation("attachments[" + i + "]", "AttachedOnce", attached(id)));
                        case NOT_STORED -> refused.add(new Violation("attachments[" + i + "]", "KnownUpload", unknown(id)));
                    }
                }
            }
        } catch (RuntimeException e) {
            release(claimed, e);
            throw e;
        }
        if (!refused.isEmpty()) {
            CommandValidationException refusal = new CommandValidationException(command, refused);
            release(claimed, refusal);
            throw refusal;
        }
        return List.copyOf(claimed);
    }

    /**
     * After the case commit failed with {@code failure}: releases the claims if the commit certainly
     * did not happen (a version conflict, a taken number, or a failure after which the case store
     * shows none of the claimed uploads on the changed cases); otherwise keeps them (an upload stays
     * claimed, never attached twice).
     */
    void afterFailedCommit(List<AttachmentId> claimed, List<Change> changes, CaseStore cases, RuntimeException failure) {
        if (claimed.isEmpty()) {
            return;
        }
        if (failure instanceof ConcurrentCaseUpdateException || failure instanceof DuplicateCaseNumberException
                || noneRecorded(claimed, changes, cases, failure)) {
            release(claimed, failure);
        } else {
            LOG.warn("a case commit failed ({}), and whether it was written is unknown; uploads {} stay claimed", failure.toString(), claimed);
        }
    }

    /** Whether the store shows none of the uploads on the changed cases; false if that cannot be read. */
    private static boolean noneRecorded(List<AttachmentId> claimed, List<Change> changes, CaseStore cases, RuntimeException failure) {
        try {
            for (Change change : changes) {
                CaseId id = change.state().id();
                for (CaseEvent event : cases.events(id)) {
                    for (AttachmentMetadata attachment : attachmentsOf(event)) {
                        if (claimed.contains(attachment.id())) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /** Releases claims this pipeline made, adding any failure to {@code cause}. */
    void release(List<AttachmentId> claimed, RuntimeException cause) {
        if (claimed.isEmpty()) {
            return;
        }
        AttachmentStore attachments = store.orElseThrow();
        for (AttachmentId id : claimed) {
            try {
                attachments.release(id);
            } catch (RuntimeException e) {
                LOG.warn("the claim of upload {} could not be released; it stays claimed: {}", id, e.toString());
                cause.addSuppressed(e);
            }
        }
    }

    private AttachmentStore require(String command, List<AttachmentId> ids) {
        return store.orElseThrow(() -> new NoAttachmentStoreException(command + " with " + ids.size() + " attachment(s)"));
    }

    /** The attachment lists of the events a change records: one per comment or opening. */
    private static List<List<AttachmentMetadata>> attachmentsOf(Change change) {
        List<List<AttachmentMetadata>> lists = new ArrayList<>();
        for (CaseEvent event : change.events()) {
            lists.add(attachmentsOf(event));
        }
        return lists;
    }

    private static List<AttachmentMetadata> attachmentsOf(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            return opened.attachments();
        }
        if (event instanceof CommentAdded comment) {
            return comment.attachments();
        }
        return List.of();
    }

    private static String unknown(AttachmentId id) {
        return "'" + id.value() + "' is not an upload of yours; upload the file first (Casekit.attachments().upload)";
    }

    private static String attached(AttachmentId id) {
        return "'" + id.value() + "' is attached already; an upload is attached once: upload the file again to attach it here";
    }
}
