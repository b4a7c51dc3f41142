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

import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.testkit.attachment.AttachmentStoreContract;
import io.casekit.testkit.attachment.GeneratedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system store passes the SPI's attachment contract, and keeps its files where it says. */
class FileSystemAttachmentStoreTest extends AttachmentStoreContract {

    private static final AttachmentDescriptor TEXT = new AttachmentDescriptor("notes.txt", "text/plain");

    @TempDir
    Path directory;

    @Override
    protected AttachmentStore createStore() {
        return new FileSystemAttachmentStore(directory.resolve("attachments"));
    }

    @Override
    protected Collection<String> backingItems() {
        return files(directory);
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

        store.put(upper, TEXT, new GeneratedContent(10, 1), 100);
        store.put(lower, TEXT, new GeneratedContent(20, 2), 100);

        List<String> files = files(store.directory());
        assertThat(files).hasSize(2);
        assertThat(files.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct()).hasSize(2);
        assertThat(files).allMatch(f -> f.matches("[0-9a-f]{2}[/\\\\][0-9a-f]+"));
        try (InputStream in = store.open(upper).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(10, 1));
        }
        store.delete(upper);
        store.delete(lower);
    }

    @Test
    void anotherInstanceOnTheSameDirectorySeesTheStoredBytes() throws IOException {
        AttachmentId id = AttachmentId.random();
        store().put(id, TEXT, new GeneratedContent(1000, 3), 1000);

        FileSystemAttachmentStore reopened = new FileSystemAttachmentStore(directory.resolve("attachments"));

        try (InputStream in = reopened.open(id).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(1000, 3));
        }
        assertThat(reopened.delete(id)).isTrue();
    }
}
