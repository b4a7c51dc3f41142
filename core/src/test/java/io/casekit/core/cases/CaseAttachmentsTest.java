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
package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BERT;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.Casekit;
import io.casekit.core.attachments.AllowedType;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.core.attachments.Attachments;
import io.casekit.core.attachments.NoAttachmentStoreException;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.attachment.StoredAttachment;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files on new cases and comments: uploaded first on behalf of an actor, then named by id in the
 * command. The case records the store's metadata, never the caller's; an actor attaches only its own
 * uploads, each once.
 */
class CaseAttachmentsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path files;

    private final Portal portal = new Portal("it-services");
    private FileSystemAttachmentStore attachmentStore;
    private Casekit casekit;
    private CaseService cases;
    private Attachments attachments;

    @BeforeEach
    void casekitWithAnAttachmentStore() {
        attachmentStore = new FileSystemAttachmentStore(files);
        casekit = withStores(portal.store, attachmentStore, AttachmentPolicy.defaults());
        cases = casekit.cases();
        attachments = casekit.attachments();
    }

    private Casekit withStores(CaseStore store, AttachmentStore attachmentStore, AttachmentPolicy policy) {
        return Casekit.builder().store(store).identity(portal.directory).clock(portal.clock).definition(portal.definition)
                .attachmentStore(attachmentStore).attachmentPolicy(policy).build();
    }

    private static AttachmentUpload screenshot(int n) {
        byte[] bytes = Arrays.copyOf(PNG_MAGIC, 500 + n);
        return AttachmentUpload.of("screenshot-" + n + ".png", "image/png", bytes);
    }

    private static AttachmentUpload pdf(String name) {
        return AttachmentUpload.of(name, "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private List<AttachmentId> upload(String actor, AttachmentUpload... files) {
        return attachments.upload(actor, List.of(files)).stream().map(AttachmentMetadata::id).toList();
    }

    private AttachmentId upload(String actor) {
        return upload(actor, screenshot(1)).get(0);
    }

    private static OpenCase.Builder vpnIncident() {
        return OpenCase.builder().title("VPN drops").description("Every five minutes.").caseType("Incident")
                .customField("expertiseDomain", "MWI");
    }

    private Case openWith(String actor, List<AttachmentId> ids) {
        OpenCase.Builder open = vpnIncident();
        if (!actor.equals(ANNA) && !actor.equals(BOB)) {
            open.customer(actor.equals(GINA) ? "GLOBEX" : "ACME");
        }
        ids.forEach(open::attachment);
        return cases.execute(actor, open.build());
    }

    private static List<CaseEvent> ofType(List<CaseEvent> events, Class<?> type) {
        return events.stream().filter(type::isInstance).toList();
    }

    private static AddComment comment(Case c, List<AttachmentId> ids) {
        return new AddComment(c.id(), "Here is the log", Visibility.PUBLIC, ids);
    }

    /** Asserts that the command is refused with exactly these violations (field and rule). */
    private static void assertRefused(Runnable command, String... fieldsAndRules) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandValidationException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(fieldsAndRules));
    }

    /** Every attachment a case's timeline records, in order. */
    private List<AttachmentMetadata> attachedTo(CaseId id) {
        List<AttachmentMetadata> all = new ArrayList<>();
        for (CaseEvent event : portal.store.events(id)) {
            if (event instanceof CaseOpened opened) {
                all.addAll(opened.attachments());
            } else if (event instanceof CommentAdded comment) {
                all.addAll(comment.attachments());
            }
        }
        return all;
    }

    @Test
    void aCaseFiledWithScreenshotsKeepsTheStoredMetadataOnItsTimeline() {
        List<AttachmentMetadata> stored = attachments.upload(ANNA, List.of(screenshot(1), screenshot(2)));

        Case opened = openWith(ANNA, stored.stream().map(AttachmentMetadata::id).toList());

        CaseOpened first = (CaseOpened) cases.timeline(ANNA, opened.id()).get(0);
        assertThat(first.attachments()).containsExactlyElementsOf(stored);
        assertThat(first.attachments()).extracting(AttachmentMetadata::fileName).containsExactly("screenshot-1.png", "screenshot-2.png");
        assertThat(first.attachments()).extracting(AttachmentMetadata::size).containsExactly(501L, 502L);
        assertThat(stored).allSatisfy(m -> assertThat(attachmentStore.find(m.id())).get().satisfies(s -> {
            assertThat(s.claimed()).isTrue();
            assertThat(s.origin().uploadedBy()).isEqualTo(portal.directory.findActor(ANNA).orElseThrow().ref());
            assertThat(s.origin().customerId()).contains("ACME");
            assertThat(s.origin().uploadedAt()).isEqualTo(portal.clock.instant());
        }));
    }

    @Test
    void anInternalCommentsFilesStayWithTheAgents() {
        Case opened = openWith(ANNA, List.of());
        List<AttachmentId> internal = upload(ALICE, screenshot(3));
        List<AttachmentId> reply = upload(ANNA, screenshot(4));

        cases.execute(ALICE, new AddComment(opened.id(), "Firewall log", Visibility.INTERNAL, internal));
        cases.execute(ANNA, new AddComment(opened.id(), "Here is the error", Visibility.PUBLIC, reply));

        List<CaseEvent> seenByAnna = ofType(cases.timeline(ANNA, opened.id()), CommentAdded.class);
        List<CaseEvent> seenByAlice = ofType(cases.timeline(ALICE, opened.id()), CommentAdded.class);
        assertThat(seenByAnna).extracting(e -> ((CommentAdded) e).attachments().stream().map(AttachmentMetadata::id).toList())
                .containsExactly(reply);
        assertThat(seenByAlice).extracting(e -> ((CommentAdded) e).attachments().stream().map(AttachmentMetadata::id).toList())
                .containsExactly(internal, reply);
    }

    @Test
    void aSixthFileIsRefusedByNameAndNothingIsRecorded() {
        Case opened = openWith(ANNA, List.of());
        List<AttachmentId> five = upload(ANNA, screenshot(1), screenshot(2), screenshot(3), screenshot(4), screenshot(5));
        List<AttachmentId> six = new ArrayList<>(five);
        six.add(upload(ANNA, screenshot(6)).get(0));

        assertRefused(() -> cases.execute(ANNA, comment(opened, six)), "attachments MaxFiles");

        assertThat(portal.store.find(opened.id())).contains(opened);
        Case withFive = cases.execute(ANNA, comment(opened, five));
        assertThat(withFive.version()).isGreaterThan(opened.version());
    }

    @Test
    void aSmallerPolicyIsHonouredByTheEngine() {
        CaseService strict = withStores(portal.store, attachmentStore, AttachmentPolicy.builder().maxFiles(1).build()).cases();
        OpenCase.Builder open = vpnIncident();
        upload(ANNA, screenshot(1), screenshot(2)).forEach(open::attachment);

        assertThatThrownBy(() -> strict.execute(ANNA, open.build())).isInstanceOf(CommandValidationException.class)
                .hasMessageContaining("2 files, the limit is 1");
    }

    // ---- issue 13, defect 10: attachment metadata is trusted ----

    @Test
    void theCaseRecordsTheStoredNameTypeSizeAndDigestNeverTheCallers() {
        AttachmentMetadata uploaded = attachments.upload(ANNA, List.of(screenshot(7))).get(0);
        // what a forging client would claim about the same upload: a command has no room for it
        AttachmentMetadata forged = new AttachmentMetadata(uploaded.id(), "tiny.pdf", "application/pdf", 1, "0".repeat(64));

        Case opened = openWith(ANNA, List.of(forged.id()));
        Case commented = cases.execute(ANNA, comment(opened, upload(ANNA, pdf("report.pdf"))));

        AttachmentMetadata recorded = ((CaseOpened) portal.store.events(opened.id()).get(0)).attachments().get(0);
        assertThat(recorded).isEqualTo(attachmentStore.find(uploaded.id()).orElseThrow().metadata()).isEqualTo(uploaded)
                .isNotEqualTo(forged);
        assertThat(recorded.size()).isEqualTo(507);
        assertThat(recorded.contentType()).isEqualTo("image/png");
        assertThat(attachedTo(commented.id())).last().satisfies(m -> {
            assertThat(m.fileName()).isEqualTo("report.pdf");
            assertThat(m.contentType()).isEqualTo("application/pdf");
            assertThat(m.size()).isEqualTo(15);
        });
    }

    @Test
    void theStoredTypeIsCheckedAgainstThePolicyOfTheCommand() {
        AttachmentId report = upload(ANNA, pdf("report.pdf")).get(0);
        AllowedType png = AttachmentPolicy.DEFAULT_ALLOWED_TYPES.stream().filter(t -> t.mediaType().equals("image/png")).findFirst()
                .orElseThrow();
        CaseService imagesOnly = withStores(portal.store, attachmentStore, AttachmentPolicy.builder().allowedTypes(List.of(png)).build())
                .cases();
        Case opened = openWith(ANNA, List.of());

        assertRefused(() -> imagesOnly.execute(ANNA, comment(opened, List.of(report))), "attachments[0].contentType AllowedContentType");
        assertThat(attachmentStore.find(report).orElseThrow().claimed()).isFalse();
    }

    @Test
    void anUnknownIdIsRefusedAndNothingChanges() {
        Case opened = openWith(ANNA, List.of());
        AttachmentId mine = upload(ANNA);

        assertRefused(() -> cases.execute(ANNA, comment(opened, List.of(mine, AttachmentId.of("never-uploaded")))),
                "attachments[1] KnownUpload");
        assertRefused(() -> openWith(ANNA, List.of(AttachmentId.random())), "attachments[0] KnownUpload");

        assertThat(portal.store.find(opened.id())).contains(opened);
        assertThat(attachmentStore.find(mine).orElseThrow().claimed()).as("the refused command claimed nothing").isFalse();
        cases.execute(ANNA, comment(opened, List.of(mine)));
        assertThat(attachedTo(opened.id())).extracting(AttachmentMetadata::id).containsExactly(mine);
    }

    @Test
    void anotherCustomersUploadIsRefusedExactlyLikeAnUnknownId() {
        Case annas = openWith(ANNA, List.of());
        AttachmentId ginas = upload(GINA);
        AttachmentId unknown = AttachmentId.random();

        CommandValidationException forOther = refusal(() -> cases.execute(ANNA, comment(annas, List.of(ginas))));
        CommandValidationException forUnknown = refusal(() -> cases.execute(ANNA, comment(annas, List.of(unknown))));

        assertThat(forOther.violations()).singleElement().satisfies(v -> {
            assertThat(v.field() + " " + v.rule()).isEqualTo("attachments[0] KnownUpload");
            assertThat(v.message().replace(ginas.value(), "<id>"))
                    .isEqualTo(forUnknown.violations().get(0).message().replace(unknown.value(), "<id>"));
        });
        assertThat(forOther.getMessage().replace(ginas.value(), "<id>")).isEqualTo(forUnknown.getMessage().replace(unknown.value(), "<id>"));
        assertThat(attachmentStore.find(ginas).orElseThrow().claimed()).isFalse();
        assertThat(portal.store.find(annas.id())).contains(annas);
    }

    @Test
    void everyActorAttachesOnlyItsOwnUploads() {
        Case opened = openWith(ANNA, List.of());
        AttachmentId annas = upload(ANNA);
        AttachmentId alices = upload(ALICE);

        assertRefused(() -> cases.execute(BOB, comment(opened, List.of(annas))), "attachments[0] KnownUpload");
        assertRefused(() -> cases.execute(ALICE, comment(opened, List.of(annas))), "attachments[0] KnownUpload");
        assertRefused(() -> cases.execute(BERT, comment(opened, List.of(alices))), "attachments[0] KnownUpload");
        assertRefused(() -> cases.execute(ANNA, comment(opened, List.of(alices))), "attachments[0] KnownUpload");
        assertThatThrownBy(() -> cases.executeAsSystem(comment(opened, List.of(alices))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("attachments[0]", "KnownUpload")));

        cases.execute(ALICE, comment(opened, List.of(alices)));
        cases.execute(ANNA, comment(opened, List.of(annas)));
        assertThat(attachedTo(opened.id())).extracting(AttachmentMetadata::id).containsExactly(alices, annas);
    }

    @Test
    void aContactThatMovedToAnotherCustomerNoLongerAttachesWhatItUploadedBefore() {
        AttachmentId uploaded = upload(BOB);
        portal.directory.add(io.casekit.spi.identity.Actor.contact(BOB, "Bob Globex", "GLOBEX").build());

        assertRefused(() -> openWith(BOB, List.of(uploaded)), "attachments[0] KnownUpload");
    }

    @Test
    void anUploadAttachedOnceIsRefusedOnAnotherCaseAndOnAnotherComment() {
        AttachmentId shot = upload(ANNA);
        Case first = openWith(ANNA, List.of(shot));
        Case second = openWith(ANNA, List.of());

        assertRefused(() -> cases.execute(ANNA, comment(second, List.of(shot))), "attachments[0] AttachedOnce");
        assertRefused(() -> cases.execute(ANNA, comment(first, List.of(shot))), "attachments[0] AttachedOnce");
        assertRefused(() -> openWith(ANNA, List.of(shot)), "attachments[0] AttachedOnce");

        assertThat(portal.store.find(second.id())).contains(second);
        assertThat(attachedTo(first.id())).extracting(AttachmentMetadata::id).containsExactly(shot);
        assertThat(attachedTo(second.id())).isEmpty();
    }

    @Test
    void theSameUploadTwiceInOneCommandIsRefused() {
        Case opened = openWith(ANNA, List.of());
        AttachmentId shot = upload(ANNA);

        assertRefused(() -> cases.execute(ANNA, comment(opened, List.of(shot, shot))), "attachments[1] Distinct");
        assertRefused(() -> openWith(ANNA, List.of(shot, shot)), "attachments[1] Distinct");

        assertThat(attachmentStore.find(shot).orElseThrow().claimed()).isFalse();
        assertThat(portal.store.find(opened.id())).contains(opened);
    }

    @Test
    void ofCommandsRacingForOneUploadOneWinsAndTheOthersAreRefusedByField() throws Exception {
        int racers = 6;
        List<Case> targets = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            targets.add(openWith(ANNA, List.of()));
        }
        AttachmentId shot = upload(ANNA);
        // every racer passes the load step (the upload is unattached for all) before any of them commits
        CyclicBarrier allLoaded = new CyclicBarrier(racers);
        CaseService racing = withStores(portal.store, new Delegating(attachmentStore) {
            @Override
            public Optional<StoredAttachment> find(AttachmentId id) {
                Optional<StoredAttachment> found = super.find(id);
                await(allLoaded);
                return found;
            }
        }, AttachmentPolicy.defaults()).cases();

        List<Object> outcomes = race(racers, i -> racing.execute(ANNA, comment(targets.get(i), List.of(shot))));

        assertThat(outcomes).filteredOn(Case.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Case)).hasSize(racers - 1).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("attachments[0]", "AttachedOnce"))));
        assertThat(targets.stream().mapToLong(c -> attachedTo(c.id()).size()).sum()).isEqualTo(1);
        for (Case target : targets) {
            boolean won = outcomes.stream().anyMatch(o -> o instanceof Case c && c.id().equals(target.id()));
            assertThat(portal.store.find(target.id()).orElseThrow().version()).isEqualTo(target.version() + (won ? 1 : 0));
        }
    }

    @Test
    void openingsRacingForOneUploadOpenOneCase() throws Exception {
        int racers = 8;
        AttachmentId shot = upload(ANNA);

        List<Object> outcomes = race(racers, i -> openWith(ANNA, List.of(shot)));

        assertThat(outcomes).filteredOn(Case.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Case)).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("attachments[0]", "AttachedOnce"))));
        Case winner = (Case) outcomes.stream().filter(Case.class::isInstance).findFirst().orElseThrow();
        assertThat(attachedTo(winner.id())).extracting(AttachmentMetadata::id).containsExactly(shot);
    }

    @Test
    void withoutAnAttachmentStoreUploadsAndCommandsWithAttachmentsAreRefused() {
        Casekit plain = portal.casekit;
        Case opened = plain.cases().execute(ANNA, vpnIncident().build());

        assertThatThrownBy(plain::attachments).isInstanceOf(NoAttachmentStoreException.class)
                .hasMessageContaining("attachmentStore(");
        assertThatThrownBy(() -> plain.cases().execute(ANNA, comment(opened, List.of(AttachmentId.random()))))
                .isInstanceOf(NoAttachmentStoreException.class).hasMessageContaining("AddComment with 1 attachment");
        assertThatThrownBy(() -> plain.cases().execute(ANNA, vpnIncident().attachment(AttachmentId.random()).build()))
                .isInstanceOf(NoAttachmentStoreException.class).hasMessageContaining("OpenCase");
        assertThat(portal.store.find(opened.id())).contains(opened);
        assertThat(plain.attachmentStore()).isEmpty();
        assertThat(casekit.attachmentStore()).contains(attachmentStore);
    }

    @Test
    void aRefusedCommandLeavesItsUploadsUnclaimed() {
        Case opened = openWith(ANNA, List.of());
        cases.execute(ALICE, new Assign(opened.id(), Owner.agent(ALICE)));
        cases.execute(ALICE, new Resolve(opened.id(), "Fixed"));
        cases.execute(ALICE, new Close(opened.id()));
        AttachmentId note = upload(ALICE);

        assertThatThrownBy(() -> cases.execute(ALICE, comment(opened, List.of(note)))).isInstanceOf(IllegalTransitionException.class);

        assertThat(attachmentStore.find(note).orElseThrow().claimed()).isFalse();
        Case other = openWith(ALICE, List.of(note));
        assertThat(attachedTo(other.id())).extracting(AttachmentMetadata::id).containsExactly(note);
    }

    @Test
    void aCommandOnAStaleCaseReleasesItsClaimOnTheConflictAndAttachesOnTheRetry() {
        Casekit other = withStores(portal.store, attachmentStore, AttachmentPolicy.defaults());
        Case opened = openWith(ANNA, List.of()); // this instance remembers the case
        other.cases().execute(ALICE, new AddComment(opened.id(), "Looking into it", Visibility.PUBLIC)); // now it is stale here
        AttachmentId shot = upload(ANNA);

        Case commented = cases.execute(ANNA, comment(opened, List.of(shot)));

        assertThat(commented.version()).isEqualTo(opened.version() + 2);
        assertThat(attachedTo(opened.id())).extracting(AttachmentMetadata::id).containsExactly(shot);
        assertThat(attachmentStore.find(shot).orElseThrow().claimed()).isTrue();
    }

    @Test
    void aCommitThatFailsWithoutWritingReleasesTheClaim() {
        Case opened = openWith(ANNA, List.of());
        AttachmentId shot = upload(ANNA);
        CaseService failing = withStores(new FailingCommits(portal.store, false), attachmentStore, AttachmentPolicy.defaults()).cases();

        assertThatThrownBy(() -> failing.execute(ANNA, comment(opened, List.of(shot)))).hasMessageContaining("disk full");

        assertThat(attachmentStore.find(shot).orElseThrow().claimed()).isFalse();
        cases.execute(ANNA, comment(opened, List.of(shot)));
        assertThat(attachedTo(opened.id())).extracting(AttachmentMetadata::id).containsExactly(shot);
    }

    @Test
    void aCommitThatWroteButFailedKeepsTheClaimSoTheUploadIsNeverAttachedTwice() {
        Case opened = openWith(ANNA, List.of());
        Case other = openWith(ANNA, List.of());
        AttachmentId shot = upload(ANNA);
        CaseService failing = withStores(new FailingCommits(portal.store, true), attachmentStore, AttachmentPolicy.defaults()).cases();

        assertThatThrownBy(() -> failing.execute(ANNA, comment(opened, List.of(shot)))).hasMessageContaining("connection lost");

        assertThat(attachmentStore.find(shot).orElseThrow().claimed()).isTrue();
        assertRefused(() -> cases.execute(ANNA, comment(other, List.of(shot))), "attachments[0] AttachedOnce");
        assertThat(attachedTo(opened.id())).extracting(AttachmentMetadata::id).containsExactly(shot);
    }

    @Test
    void aFollowUpOpenedByAContactsCommentTakesItsUploadsFromTheStore() {
        Case closed = openWith(ANNA, List.of());
        cases.execute(ALICE, new Assign(closed.id(), Owner.agent(ALICE)));
        cases.execute(ALICE, new Resolve(closed.id(), "New VPN client installed"));
        cases.execute(ALICE, new Close(closed.id()));
        AttachmentId shot = upload(ANNA);
        AttachmentId ginas = upload(GINA);

        assertRefused(() -> cases.execute(ANNA, comment(closed, List.of(ginas))), "attachments[0] KnownUpload");
        Case followUp = cases.execute(ANNA, comment(closed, List.of(shot)));

        assertThat(followUp.linked(LinkKind.FOLLOW_UP_OF)).containsExactly(closed.id());
        assertThat(attachedTo(followUp.id())).containsExactly(attachmentStore.find(shot).orElseThrow().metadata());
        assertRefused(() -> cases.execute(ANNA, comment(followUp, List.of(shot))), "attachments[0] AttachedOnce");
    }

    @Test
    void uploadsAreOnlyForKnownAgentsAndContacts() {
        assertThatThrownBy(() -> attachments.upload("nobody", List.of(screenshot(1)))).isInstanceOf(AccessDeniedException.class);
        assertThat(attachmentStore.find(upload(ALICE)).orElseThrow().origin())
                .isEqualTo(new AttachmentOrigin(portal.directory.findActor(ALICE).orElseThrow().ref(), Optional.empty(), portal.clock.instant()));
    }

    @Test
    void discardDeletesOnlyTheActorsOwnUnattachedUploads() {
        AttachmentId attached = upload(ANNA);
        openWith(ANNA, List.of(attached));
        AttachmentId loose = upload(ANNA);
        AttachmentId bobs = upload(BOB);

        List<AttachmentId> deleted = attachments.discard(ANNA, List.of(attached, loose, bobs, AttachmentId.random()));

        assertThat(deleted).containsExactly(loose);
        assertThat(attachmentStore.exists(loose)).isFalse();
        assertThat(attachmentStore.exists(attached)).isTrue();
        assertThat(attachmentStore.exists(bobs)).isTrue();
    }

    private static CommandValidationException refusal(Runnable command) {
        try {
            command.run();
        } catch (CommandValidationException e) {
            return e;
        }
        throw new AssertionError("the command was not refused");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code racers} commands at once; each outcome is the case returned or the exception thrown. */
    private static List<Object> race(int racers, java.util.function.IntFunction<Case> command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int n = i;
                Callable<Object> call = () -> {
                    await(start);
                    try {
                        return command.apply(n);
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                futures.add(pool.submit(call));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An attachment store that hands every call to another, for tests that intercept one. */
    private static class Delegating implements AttachmentStore {
        private final AttachmentStore delegate;

        Delegating(AttachmentStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public StoredAttachment put(AttachmentId id, AttachmentDescriptor descriptor, AttachmentOrigin origin, InputStream content,
                long maxBytes) {
            return delegate.put(id, descriptor, origin, content, maxBytes);
        }

        @Override
        public Optional<StoredAttachment> find(AttachmentId id) {
            return delegate.find(id);
        }

        @Override
        public ClaimOutcome claim(AttachmentId id) {
            return delegate.claim(id);
        }

        @Override
        public boolean release(AttachmentId id) {
            return delegate.release(id);
        }

        @Override
        public Optional<InputStream> open(AttachmentId id) {
            return delegate.open(id);
        }

        @Override
        public boolean exists(AttachmentId id) {
            return delegate.exists(id);
        }

        @Override
        public boolean delete(AttachmentId id) {
            return delegate.delete(id);
        }
    }

    /**
     * A case store whose commits fail with an error that does not say whether they were written: a
     * crash before the write ({@code writes} false), or a connection lost after it (true).
     */
    private static final class FailingCommits implements CaseStore {
        private final CaseStore delegate;
        private final boolean writes;

        FailingCommits(CaseStore delegate, boolean writes) {
            this.delegate = delegate;
            this.writes = writes;
        }

        @Override
        public Optional<Case> find(CaseId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<Case> findByNumber(String number) {
            return delegate.findByNumber(number);
        }

        @Override
        public void commit(CaseCommit commit) {
            if (writes) {
                delegate.commit(commit);
                throw new IllegalStateException("connection lost after the commit was sent");
            }
            throw new IllegalStateException("disk full");
        }

        @Override
        public void commitAll(List<CaseCommit> commits) {
            commits.forEach(this::commit);
        }

        @Override
        public List<CaseEvent> events(CaseId id) {
            return delegate.events(id);
        }

        @Override
        public long nextSequenceValue(String sequenceName) {
            return delegate.nextSequenceValue(sequenceName);
        }

        @Override
        public Optional<io.casekit.spi.timer.TimerStore> timers() {
            return delegate.timers();
        }

        @Override
        public Optional<io.casekit.spi.store.CaseCounters> counters() {
            return delegate.counters();
        }

        @Override
        public Optional<io.casekit.spi.outbox.Outbox> outbox() {
            return delegate.outbox();
        }

        @Override
        public Optional<io.casekit.spi.query.CaseQueries> queries() {
            return delegate.queries();
        }
    }
}
