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
package io.casekit.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.attachment.StoredAttachment;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.testkit.attachment.AttachmentStoreContract;
import io.casekit.testkit.attachment.GeneratedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system store passes the SPI's attachment contract, and keeps its files where it says. */
class FileSystemAttachmentStoreTest extends AttachmentStoreContract {

    private static final AttachmentDescriptor TEXT = new AttachmentDescriptor("notes.txt", "text/plain");
    private static final AttachmentOrigin AGENT = new AttachmentOrigin(new ActorRef(ActorKind.AGENT, "agent-alice"), Optional.empty(),
            Instant.parse("2026-03-02T08:00:00Z"));
    private static final String CLAIM = ".claim";

    @TempDir
    Path directory;

    @Override
    protected AttachmentStore createStore() {
        return new FileSystemAttachmentStore(directory.resolve("attachments"));
    }

    /** The files under the directory; an attachment's claim file counts with the attachment it claims. */
    @Override
    protected Collection<String> backingItems() {
        List<String> all = files(directory);
        return all.stream()
                .map(f -> f.endsWith(CLAIM) && all.contains(f.substring(0, f.length() - CLAIM.length())) ? f.substring(0, f.length() - CLAIM.length()) : f)
                .distinct()
                .toList();
    }

    private static List<String> files(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void filesAreNamedAfterTheIdOnlyAndIdsDifferingInCaseStayApart() throws IOException {
        FileSystemAttachmentStore store = (FileSystemAttachmentStore) store();
        AttachmentId upper = AttachmentId.of("Report-A");
        AttachmentId lower = AttachmentId.of("report-a");

        store.put(upper, TEXT, AGENT, new GeneratedContent(10, 1), 100);
        store.put(lower, TEXT, AGENT, new GeneratedContent(20, 2), 100);
        store.claim(lower);

        List<String> files = files(store.directory());
        assertThat(files).hasSize(3);
        assertThat(files.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct()).hasSize(3);
        assertThat(files).allMatch(f -> f.matches("[0-9a-f]{2}[/\\\\][0-9a-f]+(\\.claim)?"));
        try (InputStream in = store.open(upper).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(10, 1));
        }
        store.delete(upper);
        store.delete(lower);
    }

    @Test
    void anotherInstanceOnTheSameDirectorySeesTheStoredBytes() throws IOException {
        AttachmentId id = AttachmentId.random();
        StoredAttachment stored = store().put(id, TEXT, AGENT, new GeneratedContent(1000, 3), 1000);
        assertThat(store().claim(id)).isEqualTo(ClaimOutcome.CLAIMED);

        FileSystemAttachmentStore reopened = new FileSystemAttachmentStore(directory.resolve("attachments"));

        try (InputStream in = reopened.open(id).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(1000, 3));
        }
        assertThat(reopened.find(id)).contains(new StoredAttachment(stored.metadata(), stored.origin(), true));
        assertThat(reopened.claim(id)).as("the claim is on disk, for every instance").isEqualTo(ClaimOutcome.ALREADY_CLAIMED);
        assertThat(reopened.delete(id)).isTrue();
    }

    @Test
    void aFileNotInTheStoresFormatIsReportedNotServed() throws IOException {
        FileSystemAttachmentStore store = (FileSystemAttachmentStore) store();
        AttachmentId id = AttachmentId.random();
        store.put(id, TEXT, AGENT, new GeneratedContent(100, 4), 100);
        Path file = files(store.directory()).stream().map(store.directory()::resolve).findFirst().orElseThrow();
        Files.write(file, new byte[] {'n', 'o', 't', ' ', 'o', 'u', 'r', 's'});

        assertThatThrownBy(() -> store.find(id)).isInstanceOf(AttachmentStorageException.class).hasMessageContaining(id.value());
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(AttachmentStorageException.class);
        assertThat(store.delete(id)).isTrue();
    }
}
