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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.Casekit;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.core.attachments.Attachments;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files on new cases and comments: uploaded first, then named in the command; only metadata lives with the case. */
class CaseAttachmentsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path files;

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();
    private Attachments attachments;

    @BeforeEach
    void attachmentStore() {
        attachments = Casekit.builder().store(portal.store).identity(portal.directory).clock(portal.clock)
                .definition(portal.definition).attachmentStore(new FileSystemAttachmentStore(files)).build().attachments();
    }

    private static AttachmentUpload screenshot(int n) {
        byte[] bytes = Arrays.copyOf(PNG_MAGIC, 500 + n);
        return AttachmentUpload.of("screenshot-" + n + ".png", "image/png", bytes);
    }

    private OpenCase.Builder vpnIncident() {
        return OpenCase.builder().title("VPN drops").description("Every five minutes.").caseType("Incident")
                .customField("expertiseDomain", "MWI");
    }

    private static List<CaseEvent> ofType(List<CaseEvent> events, Class<?> type) {
        return events.stream().filter(type::isInstance).toList();
    }

    @Test
    void aCaseFiledWithScreenshotsKeepsTheirMetadataOnItsTimeline() {
        List<AttachmentMetadata> stored = attachments.upload(ANNA, List.of(screenshot(1), screenshot(2)));
        OpenCase.Builder open = vpnIncident();
        stored.forEach(open::attachment);

        Case opened = cases.execute(ANNA, open.build());

        CaseOpened first = (CaseOpened) cases.timeline(ANNA, opened.id()).get(0);
        assertThat(first.attachments()).containsExactlyElementsOf(stored);
        assertThat(first.attachments()).extracting(AttachmentMetadata::fileName).containsExactly("screenshot-1.png", "screenshot-2.png");
        assertThat(first.attachments()).extracting(AttachmentMetadata::size).containsExactly(501L, 502L);
    }

    @Test
    void anInternalCommentsFilesStayWithTheAgents() {
        Case opened = cases.execute(ANNA, vpnIncident().build());
        List<AttachmentMetadata> internal = attachments.upload(ALICE, List.of(screenshot(3)));
        List<AttachmentMetadata> reply = attachments.upload(ANNA, List.of(screenshot(4)));

        cases.execute(ALICE, new AddComment(opened.id(), "Firewall log", Visibility.INTERNAL, internal));
        cases.execute(ANNA, new AddComment(opened.id(), "Here is the error", Visibility.PUBLIC, reply));

        List<CaseEvent> seenByAnna = ofType(cases.timeline(ANNA, opened.id()), CommentAdded.class);
        List<CaseEvent> seenByAlice = ofType(cases.timeline(ALICE, opened.id()), CommentAdded.class);
        assertThat(seenByAnna).extracting(e -> ((CommentAdded) e).attachments()).containsExactly(reply);
        assertThat(seenByAlice).extracting(e -> ((CommentAdded) e).attachments()).containsExactly(internal, reply);
    }

    @Test
    void aSixthFileADisallowedTypeAndAFileTwiceAreRefusedByNameAndNothingIsRecorded() {
        Case opened = cases.execute(ANNA, vpnIncident().build());
        List<AttachmentMetadata> five = attachments.upload(ANNA, List.of(screenshot(1), screenshot(2), screenshot(3), screenshot(4), screenshot(5)));
        List<AttachmentMetadata> six = new ArrayList<>(five);
        six.add(attachments.upload(ANNA, List.of(screenshot(6))).get(0));
        AttachmentMetadata script = new AttachmentMetadata(new AttachmentId("forged"), "run.exe", "application/x-msdownload", 10,
                "0".repeat(64));

        assertThatThrownBy(() -> cases.execute(ANNA, new AddComment(opened.id(), "six", Visibility.PUBLIC, six)))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(tuple("attachments", "MaxFiles")));
        assertThatThrownBy(() -> cases.execute(ANNA, new AddComment(opened.id(), "exe", Visibility.PUBLIC, List.of(five.get(0), script, five.get(0)))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                                tuple("attachments[1].contentType", "AllowedContentType"),
                                tuple("attachments[2]", "Distinct")));
        assertThat(portal.store.find(opened.id())).contains(opened);
        assertThat(cases.timeline(ALICE, opened.id())).hasSize(portal.store.events(opened.id()).size())
                .noneMatch(CommentAdded.class::isInstance);

        Case withFive = cases.execute(ANNA, new AddComment(opened.id(), "five", Visibility.PUBLIC, five));
        assertThat(withFive.version()).isGreaterThan(opened.version());
    }

    @Test
    void aSmallerPolicyIsHonouredByTheEngine() {
        AttachmentPolicy one = AttachmentPolicy.builder().maxFiles(1).build();
        CaseService strict = Casekit.builder().store(portal.store).identity(portal.directory).clock(portal.clock)
                .definition(portal.definition).attachmentPolicy(one).build().cases();
        OpenCase.Builder open = vpnIncident();
        attachments.upload(ANNA, List.of(screenshot(1), screenshot(2))).forEach(open::attachment);

        assertThatThrownBy(() -> strict.execute(ANNA, open.build())).isInstanceOf(CommandValidationException.class)
                .hasMessageContaining("2 files, the limit is 1");
    }
}
