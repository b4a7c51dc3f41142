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
package io.casekit.testkit.attachment;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.AttachmentTooLargeException;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.attachment.DuplicateAttachmentException;
import io.casekit.spi.attachment.StoredAttachment;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.testkit.internal.Concurrently;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AttachmentStore} must pass. An implementation's test subclasses it, says
 * how to make a fresh, empty store and lists what the store holds in its backing storage. Besides
 * the bytes (size limit, all-or-nothing puts, never replacing an id, streaming), it checks the record
 * a store keeps ({@link StoredAttachment}: the measured metadata and the uploader's {@link
 * AttachmentOrigin}, as {@link AttachmentStore#find} returns it) and the claim that lets an upload be
 * attached once ({@link AttachmentStore#claim}: one winner among concurrent claims, {@link
 * AttachmentStore#release}, a delete that takes the claim along):
 *
 * <pre>{@code
 * class MyAttachmentStoreTest extends AttachmentStoreContract {
 *     @TempDir Path directory;
 *     protected AttachmentStore createStore() { return new MyAttachmentStore(directory); }
 *     protected Collection<String> backingItems() { return filesUnder(directory); }
 * }
 * }</pre>
 *
 * <p>After every test, the suite checks that the backing storage holds exactly one item per
 * attachment that is stored: a refused or failed put, a refused claim, or a delete, leaves nothing
 * behind (no temporary file, no partial object, no claim of an attachment that is gone).
 */
@API(status = STABLE, since = "0.1.0")
public abstract class AttachmentStoreContract {

    private static final long MIB = 1024 * 1024;
    private static final AttachmentDescriptor SCREENSHOT = new AttachmentDescriptor("screenshot.png", "image/png");
    /** An upload of a contact; the instant has whole microseconds, as stores keep them. */
    private static final AttachmentOrigin CONTACT_UPLOAD = new AttachmentOrigin(new ActorRef(ActorKind.CONTACT, "acme-anna"),
            Optional.of("ACME"), Instant.parse("2026-03-02T09:15:30.123456Z"));
    private static final AttachmentOrigin AGENT_UPLOAD = new AttachmentOrigin(new ActorRef(ActorKind.AGENT, "agent-alice"),
            Optional.empty(), Instant.parse("2026-03-03T17:00:00Z"));

    private AttachmentStore store;
    private final Set<AttachmentId> stored = ConcurrentHashMap.newKeySet();

    /**
     * Makes a new, empty store; called before each test.
     *
     * @return the store under test, holding no attachments and nothing in its backing storage
     */
    protected abstract AttachmentStore createStore();

    /**
     * Everything the store under test holds in its backing storage right now (files, rows, objects;
     * temporary ones too), each named any way. Used to prove that nothing is left behind.
     *
     * @return one entry per attachment stored (its bytes, record and claim together count as one,
     *     however the store keeps them) and one per anything else (a temporary file, a claim or record
     *     of no attachment); only their number is compared with the attachments stored
     */
    protected abstract Collection<String> backingItems();

    /** {@return the store under test, made by {@link #createStore()} before this test} */
    protected final AttachmentStore store() {
        return store;
    }

    @BeforeEach
    final void setUpStore() {
        store = createStore();
    }

    @AfterEach
    final void nothingIsLeftBehind() {
        assertThat(backingItems()).as("backing storage holds exactly the stored attachments %s", stored).hasSize(stored.size());
        for (AttachmentId id : stored) {
            assertThat(store.exists(id)).as("%s exists", id).isTrue();
        }
    }

    private AttachmentMetadata put(AttachmentId id, InputStream content, long maxBytes) {
        return put(id, SCREENSHOT, content, maxBytes);
    }

    private AttachmentMetadata put(AttachmentId id, AttachmentDescriptor descriptor, InputStream content, long maxBytes) {
        return put(id, descriptor, CONTACT_UPLOAD, content, maxBytes).metadata();
    }

    private StoredAttachment put(AttachmentId id, AttachmentDescriptor descriptor, AttachmentOrigin origin, InputStream content,
            long maxBytes) {
        StoredAttachment record = store.put(id, descriptor, origin, content, maxBytes);
        stored.add(id);
        return record;
    }

    private byte[] read(AttachmentId id) {
        Optional<InputStream> opened = store.open(id);
        assertThat(opened).as("%s is stored", id).isPresent();
        try (InputStream in = opened.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void storedBytesReadBackWithTheMeasuredSizeAndDigest() {
        AttachmentId id = AttachmentId.random();
        byte[] bytes = GeneratedContent.bytes(100_000, 1);

        AttachmentMetadata metadata = put(id, new ByteArrayInputStream(bytes), MIB);

        assertThat(metadata).isEqualTo(new AttachmentMetadata(id, "screenshot.png", "image/png", 100_000, GeneratedContent.sha256(bytes)));
        assertThat(store.exists(id)).isTrue();
        assertThat(read(id)).isEqualTo(bytes);
    }

    @Test
    void emptyContentIsStoredAsZeroBytes() {
        AttachmentId id = AttachmentId.random();

        AttachmentMetadata metadata = put(id, InputStream.nullInputStream(), 0);

        assertThat(metadata.size()).isZero();
        assertThat(metadata.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(read(id)).isEmpty();
    }

    @Test
    void contentExactlyAtTheLimitIsStored() {
        AttachmentId id = AttachmentId.random();

        AttachmentMetadata metadata = put(id, new GeneratedContent(4096, 2), 4096);

        assertThat(metadata.size()).isEqualTo(4096);
        assertThat(read(id)).isEqualTo(GeneratedContent.bytes(4096, 2));
    }

    @Test
    void theLargestLimitMeansNoLimit() {
        AttachmentId id = AttachmentId.random();

        AttachmentMetadata metadata = put(id, new GeneratedContent(200_000, 13), Long.MAX_VALUE);

        assertThat(metadata.size()).isEqualTo(200_000);
        assertThat(read(id)).isEqualTo(GeneratedContent.bytes(200_000, 13));
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsStored() {
        AttachmentId id = AttachmentId.random();

        assertThatThrownBy(() -> put(id, new GeneratedContent(4097, 3), 4096))
                .isInstanceOfSatisfying(AttachmentTooLargeException.class, e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.maxBytes()).isEqualTo(4096);
                    assertThat(e.isRetryable()).isFalse();
                });

        assertThat(store.exists(id)).isFalse();
        assertThat(store.open(id)).isEmpty();
        assertThat(backingItems()).isEmpty();
        put(id, new GeneratedContent(4096, 3), 4096);
        assertThat(read(id)).isEqualTo(GeneratedContent.bytes(4096, 3));
    }

    @Test
    void theStoreStopsReadingSoonAfterTheLimit() {
        AttachmentId id = AttachmentId.random();
        GeneratedContent endless = new GeneratedContent(Long.MAX_VALUE, 4);

        assertThatThrownBy(() -> put(id, endless, 2 * MIB)).isInstanceOf(AttachmentTooLargeException.class);

        assertThat(endless.bytesRead()).as("bytes read of an endless stream with a 2 MiB limit")
                .isGreaterThan(2 * MIB)
                .isLessThanOrEqualTo(3 * MIB);
        assertThat(store.exists(id)).isFalse();
    }

    @Test
    void aLargeStreamIsStoredAndReadBackInChunks() throws IOException {
        AttachmentId id = AttachmentId.random();
        long length = 48 * MIB + 123;
        String expected = GeneratedContent.sha256(length, 5);

        AttachmentMetadata metadata = put(id, new GeneratedContent(length, 5), 90 * MIB);

        assertThat(metadata.size()).isEqualTo(length);
        assertThat(metadata.sha256()).isEqualTo(expected);
        try (InputStream in = store.open(id).orElseThrow()) {
            assertThat(GeneratedContent.sha256Of(in)).isEqualTo(expected);
        }
    }

    @Test
    void aFailingSourceIsRefusedAndNothingIsStored() {
        AttachmentId id = AttachmentId.random();
        InputStream breaksMidway = new SequenceInputStream(new GeneratedContent(300_000, 6), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the uploader");
            }
        });

        assertThatThrownBy(() -> put(id, breaksMidway, MIB))
                .isInstanceOf(AttachmentStorageException.class)
                .satisfies(e -> assertThat(((AttachmentStorageException) e).isRetryable()).isTrue());

        assertThat(store.exists(id)).isFalse();
        assertThat(store.open(id)).isEmpty();
    }

    @Test
    void aStoredAttachmentIsNeverReplaced() {
        AttachmentId id = AttachmentId.random();
        byte[] original = GeneratedContent.bytes(10_000, 7);
        put(id, new ByteArrayInputStream(original), MIB);

        assertThatThrownBy(() -> put(id, new GeneratedContent(20_000, 8), MIB))
                .isInstanceOfSatisfying(DuplicateAttachmentException.class, e -> assertThat(e.id()).isEqualTo(id));

        assertThat(read(id)).isEqualTo(original);
    }

    @Test
    void theFileNameIsALabelNeverAPath() {
        AttachmentId id = AttachmentId.random();
        AttachmentDescriptor hostile = new AttachmentDescriptor("../../../etc/passwd", "text/plain");

        AttachmentMetadata metadata = put(id, hostile, new GeneratedContent(100, 9), MIB);

        assertThat(metadata.fileName()).isEqualTo("../../../etc/passwd");
        assertThat(read(id)).isEqualTo(GeneratedContent.bytes(100, 9));
        assertThat(backingItems()).hasSize(1).noneMatch(item -> item.contains("passwd"));
    }

    @Test
    void theCallerClosesTheContent() {
        GeneratedContent content = new GeneratedContent(100, 10);

        put(AttachmentId.random(), content, MIB);

        assertThat(content.closed()).isFalse();
    }

    @Test
    void deletingRemovesTheBytesOnce() {
        AttachmentId id = AttachmentId.random();
        AttachmentId other = AttachmentId.random();
        put(id, new GeneratedContent(100, 11), MIB);
        put(other, new GeneratedContent(100, 12), MIB);

        assertThat(store.delete(id)).isTrue();
        stored.remove(id);

        assertThat(store.exists(id)).isFalse();
        assertThat(store.open(id)).isEmpty();
        assertThat(store.delete(id)).isFalse();
        assertThat(read(other)).isEqualTo(GeneratedContent.bytes(100, 12));
    }

    @Test
    void anUnknownIdIsNotStored() {
        AttachmentId id = AttachmentId.random();

        assertThat(store.exists(id)).isFalse();
        assertThat(store.open(id)).isEmpty();
        assertThat(store.delete(id)).isFalse();
    }

    @Test
    void concurrentPutsKeepEachAttachmentApart() throws Exception {
        List<AttachmentId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(AttachmentId.random());
        }
        AtomicInteger next = new AtomicInteger();

        Concurrently.run(4, () -> {
            for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                put(ids.get(i), new GeneratedContent(50_000 + i, 100 + i), MIB);
            }
            return null;
        });

        for (int i = 0; i < ids.size(); i++) {
            assertThat(read(ids.get(i))).as("attachment %d", i).isEqualTo(GeneratedContent.bytes(50_000 + i, 100 + i));
        }
    }

    @Test
    void concurrentPutsOfOneIdStoreOneOfThemWhole() throws Exception {
        AttachmentId id = AttachmentId.random();
        AtomicInteger seeds = new AtomicInteger();
        Set<Integer> winners = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();

        Concurrently.run(4, () -> {
            int seed = seeds.incrementAndGet();
            try {
                put(id, new GeneratedContent(200_000, seed), MIB);
                winners.add(seed);
            } catch (DuplicateAttachmentException e) {
                duplicates.incrementAndGet();
            }
            return null;
        });

        assertThat(winners).hasSize(1);
        assertThat(duplicates).hasValue(3);
        assertThat(read(id)).isEqualTo(GeneratedContent.bytes(200_000, winners.iterator().next()));
    }

    // ---- the record: metadata and origin ----

    @Test
    void theRecordKeepsTheMeasuredMetadataAndTheOriginAsGiven() {
        AttachmentId id = AttachmentId.random();
        byte[] bytes = GeneratedContent.bytes(30_000, 20);
        AttachmentDescriptor report = new AttachmentDescriptor("Résumé 2026 – März.pdf", "application/pdf");

        StoredAttachment put = put(id, report, CONTACT_UPLOAD, new ByteArrayInputStream(bytes), MIB);

        StoredAttachment expected = new StoredAttachment(
                new AttachmentMetadata(id, "Résumé 2026 – März.pdf", "application/pdf", 30_000, GeneratedContent.sha256(bytes)),
                CONTACT_UPLOAD, false);
        assertThat(put).isEqualTo(expected);
        assertThat(store.find(id)).contains(expected);
        assertThat(read(id)).as("the record is not part of the bytes").isEqualTo(bytes);
    }

    @Test
    void anAgentsUploadHasNoCustomer() {
        AttachmentId id = AttachmentId.random();

        put(id, SCREENSHOT, AGENT_UPLOAD, new GeneratedContent(100, 21), MIB);

        assertThat(store.find(id)).get().satisfies(found -> {
            assertThat(found.origin()).isEqualTo(AGENT_UPLOAD);
            assertThat(found.origin().customerId()).isEmpty();
            assertThat(found.metadata().size()).isEqualTo(100);
        });
    }

    @Test
    void emptyContentHasARecordToo() {
        AttachmentId id = AttachmentId.random();

        put(id, SCREENSHOT, AGENT_UPLOAD, InputStream.nullInputStream(), 0);

        assertThat(store.find(id)).get().extracting(found -> found.metadata().size()).isEqualTo(0L);
        assertThat(read(id)).isEmpty();
    }

    @Test
    void nothingIsFoundUnderAnUnknownIdARefusedPutOrADeletedOne() {
        AttachmentId refused = AttachmentId.random();
        AttachmentId deleted = AttachmentId.random();
        assertThatThrownBy(() -> put(refused, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(200, 22), 100))
                .isInstanceOf(AttachmentTooLargeException.class);
        put(deleted, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(200, 23), MIB);
        store.delete(deleted);
        stored.remove(deleted);

        assertThat(store.find(AttachmentId.random())).isEmpty();
        assertThat(store.find(refused)).isEmpty();
        assertThat(store.find(deleted)).isEmpty();
    }

    @Test
    void aRefusedDuplicateLeavesTheRecordAsItWas() {
        AttachmentId id = AttachmentId.random();
        StoredAttachment first = put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 24), MIB);

        assertThatThrownBy(() -> put(id, new AttachmentDescriptor("other.txt", "text/plain"), AGENT_UPLOAD, new GeneratedContent(50, 25), MIB))
                .isInstanceOf(DuplicateAttachmentException.class);

        assertThat(store.find(id)).contains(first);
    }

    // ---- the claim: an upload is attached once ----

    @Test
    void anUploadIsClaimedOnce() {
        AttachmentId id = AttachmentId.random();
        StoredAttachment put = put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 30), MIB);

        assertThat(store.claim(id)).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(store.claim(id)).isEqualTo(ClaimOutcome.ALREADY_CLAIMED);
        assertThat(store.claim(id)).isEqualTo(ClaimOutcome.ALREADY_CLAIMED);

        assertThat(store.find(id)).contains(new StoredAttachment(put.metadata(), put.origin(), true));
        assertThat(read(id)).as("a claim leaves the bytes alone").isEqualTo(GeneratedContent.bytes(100, 30));
    }

    @Test
    void claimingWhatIsNotStoredClaimsNothingAndLeavesNothingBehind() {
        AttachmentId unknown = AttachmentId.random();
        AttachmentId deleted = AttachmentId.random();
        put(deleted, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 31), MIB);
        store.delete(deleted);
        stored.remove(deleted);

        assertThat(store.claim(unknown)).isEqualTo(ClaimOutcome.NOT_STORED);
        assertThat(store.claim(deleted)).isEqualTo(ClaimOutcome.NOT_STORED);

        assertThat(store.find(unknown)).isEmpty();
        assertThat(backingItems()).isEmpty();
        put(unknown, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 32), MIB);
        assertThat(store.find(unknown)).get().extracting(StoredAttachment::claimed).isEqualTo(false);
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        AttachmentId id = AttachmentId.random();
        AttachmentId other = AttachmentId.random();
        put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 33), MIB);
        put(other, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 34), MIB);
        store.claim(id);
        store.claim(other);

        assertThat(store.release(id)).isTrue();

        assertThat(store.find(id)).get().extracting(StoredAttachment::claimed).isEqualTo(false);
        assertThat(store.find(other)).get().extracting(StoredAttachment::claimed).as("other claims stay").isEqualTo(true);
        assertThat(store.release(id)).as("released already").isFalse();
        assertThat(store.release(AttachmentId.random())).as("not stored").isFalse();
        assertThat(store.claim(id)).isEqualTo(ClaimOutcome.CLAIMED);
    }

    @Test
    void deletingAClaimedUploadTakesTheClaimAlong() {
        AttachmentId id = AttachmentId.random();
        put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 35), MIB);
        store.claim(id);

        assertThat(store.delete(id)).isTrue();
        stored.remove(id);

        assertThat(store.find(id)).isEmpty();
        assertThat(store.claim(id)).isEqualTo(ClaimOutcome.NOT_STORED);
        assertThat(backingItems()).isEmpty();
        put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 36), MIB);
        assertThat(store.find(id)).get().extracting(StoredAttachment::claimed).as("a new upload under the id is unclaimed")
                .isEqualTo(false);
    }

    @Test
    void ofConcurrentClaimsOfOneUploadExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            AttachmentId id = AttachmentId.random();
            put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 40 + round), MIB);
            List<ClaimOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

            Concurrently.run(8, () -> {
                outcomes.add(store.claim(id));
                return null;
            });

            assertThat(outcomes).as("round %d", round).containsOnlyOnce(ClaimOutcome.CLAIMED)
                    .filteredOn(o -> o != ClaimOutcome.CLAIMED).hasSize(7).containsOnly(ClaimOutcome.ALREADY_CLAIMED);
            assertThat(store.find(id)).get().extracting(StoredAttachment::claimed).isEqualTo(true);
        }
    }

    @Test
    void claimsOfDifferentUploadsDoNotInterfere() throws Exception {
        List<AttachmentId> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            AttachmentId id = AttachmentId.random();
            put(id, SCREENSHOT, CONTACT_UPLOAD, new GeneratedContent(100, 60 + i), MIB);
            ids.add(id);
        }
        AtomicInteger next = new AtomicInteger();
        Set<AttachmentId> won = ConcurrentHashMap.newKeySet();

        Concurrently.run(4, () -> {
            for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                if (store.claim(ids.get(i)) == ClaimOutcome.CLAIMED) {
                    won.add(ids.get(i));
                }
            }
            return null;
        });

        assertThat(won).containsExactlyInAnyOrderElementsOf(ids);
    }
}
