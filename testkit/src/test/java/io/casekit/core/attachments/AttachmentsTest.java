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

import static io.casekit.core.attachments.Uploading.UPLOADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.testkit.attachment.GeneratedContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path directory;

    private FileSystemAttachmentStore store;
    private Attachments attachments;
    private final AtomicInteger opened = new AtomicInteger();

    @BeforeEach
    void setUp() {
        store = new FileSystemAttachmentStore(directory);
        attachments = Uploading.attachments(store, AttachmentPolicy.defaults());
    }

    // ---- files ----

    private static byte[] startingWith(byte[] magic, int length) {
        byte[] bytes = GeneratedContent.bytes(length, length);
        System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, length));
        return bytes;
    }

    private static byte[] png(int length) {
        return startingWith(PNG_MAGIC, length);
    }

    private static byte[] pdf(int length) {
        return startingWith("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), length);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An upload whose source counts how often it is opened. */
    private AttachmentUpload upload(String fileName, String contentType, byte[] bytes) {
        return new AttachmentUpload(fileName, contentType, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        });
    }

    private AttachmentUpload screenshot(int n) {
        return upload("screenshot-" + n + ".png", "image/png", png(1000 + n));
    }

    private List<String> storedFiles() {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] read(AttachmentMetadata metadata) throws IOException {
        try (InputStream in = store.open(metadata.id()).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    /** Asserts that the upload is refused with exactly these violations (field and rule) and stored nothing. */
    private void assertRefused(ThrowingCallable upload, String... fieldsAndRules) {
        assertThatThrownBy(upload).isInstanceOfSatisfying(CommandValidationException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(fieldsAndRules));
        assertThat(storedFiles()).as("files left in the store").isEmpty();
    }

    // ---- accepted uploads ----

    @Test
    void storesEveryFileAndReturnsTheirMetadataInOrder() throws IOException {
        byte[] shot = png(20_000);
        byte[] report = pdf(30_000);
        byte[] log = text("2026-03-02 10:00:01 ERROR VPN tunnel closed by peer\n");

        List<AttachmentMetadata> stored = attachments.upload(UPLOADER, List.of(
                upload("vpn.png", "image/png", shot),
                upload("report.pdf", "application/pdf", report),
                upload("client.log", "text/plain; charset=UTF-8", log)));

        assertThat(stored).extracting(AttachmentMetadata::fileName).containsExactly("vpn.png", "report.pdf", "client.log");
        assertThat(stored).extracting(AttachmentMetadata::contentType).containsExactly("image/png", "application/pdf", "text/plain");
        assertThat(stored).extracting(AttachmentMetadata::size).containsExactly(20_000L, 30_000L, (long) log.length);
        assertThat(stored.get(0).sha256()).isEqualTo(GeneratedContent.sha256(shot));
        assertThat(read(stored.get(0))).isEqualTo(shot);
        assertThat(read(stored.get(1))).isEqualTo(report);
        assertThat(read(stored.get(2))).isEqualTo(log);
        assertThat(storedFiles()).hasSize(3);
    }

    @Test
    void fiveFilesAreAllowedByDefault() {
        List<AttachmentUpload> five = List.of(screenshot(1), screenshot(2), screenshot(3), screenshot(4), screenshot(5));

        assertThat(attachments.upload(UPLOADER, five)).hasSize(5);
        assertThat(storedFiles()).hasSize(5);
    }

    @Test
    void anEmptyUploadStoresNothing() {
        assertThat(attachments.upload(UPLOADER, List.of())).isEmpty();
    }

    @Test
    void fileNamesAreTidiedAndContentTypesNormalised() {
        List<AttachmentMetadata> stored = attachments.upload(UPLOADER, List.of(
                upload("  Screenshot 2026-03-02 at 10.15.png  ", "IMAGE/PNG", png(100)),
                upload("Re\u0301sume\u0301.pdf.", "application/pdf", pdf(100)),
                AttachmentUpload.of("Überweisung März.TXT", "Text/Plain;charset=ISO-8859-1", text("Betrag"))));

        assertThat(stored).extracting(AttachmentMetadata::fileName)
                .containsExactly("Screenshot 2026-03-02 at 10.15.png", "R\u00e9sum\u00e9.pdf", "Überweisung März.TXT");
        assertThat(stored).extracting(AttachmentMetadata::contentType).containsExactly("image/png", "application/pdf", "text/plain");
    }

    @Test
    void officeDocumentsMailsAndUtf16LogsAreAccepted() {
        byte[] zip = OfficeFiles.xlsx();
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'o', 0, 'k', 0};

        List<AttachmentMetadata> stored = attachments.upload(UPLOADER, List.of(
                upload("estimate.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip),
                upload("mail from customer.msg", "application/vnd.ms-outlook", ole),
                upload("powershell.log", "text/plain", utf16),
                upload("photo.JPG", "image/jpeg", startingWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 50))));

        assertThat(stored).hasSize(4);
    }

    @Test
    void aFileExactlyAtTheLimitIsStored() {
        Attachments small = Uploading.attachments(store, AttachmentPolicy.builder().maxBytesPerFile(2048).build());

        assertThat(small.upload(UPLOADER, List.of(upload("edge.png", "image/png", png(2048))))).singleElement()
                .satisfies(m -> assertThat(m.size()).isEqualTo(2048));
    }

    // ---- size ----

    @Test
    void anOversizedFileIsRefusedAndTheFilesStoredBeforeItAreDeleted() {
        Attachments small = Uploading.attachments(store, AttachmentPolicy.builder().maxBytesPerFile(2048).build());

        assertThatThrownBy(() -> small.upload(UPLOADER, List.of(
                        upload("ok.png", "image/png", png(2048)),
                        upload("ok.pdf", "application/pdf", pdf(100)),
                        upload("huge.png", "image/png", png(2049)),
                        upload("never-read.png", "image/png", png(10)))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(
                            new Violation("attachments[2].content", "MaxSize", "must be at most 2048 bytes"));
                    assertThat(e.getMessage()).isEqualTo("attachment upload refused: attachments[2].content: must be at most 2048 bytes [MaxSize]");
                });
        assertThat(storedFiles()).isEmpty();
        assertThat(opened).as("sources opened").hasValue(3);
    }

    @Test
    void aFileOverTheDefault90MiBIsRefusedWithoutReadingItAll() {
        GeneratedContent endless = new GeneratedContent(Long.MAX_VALUE, 1);
        AttachmentUpload huge = new AttachmentUpload("capture.png", "image/png",
                () -> new SequenceInputStream(new ByteArrayInputStream(PNG_MAGIC), endless));

        assertRefused(() -> attachments.upload(UPLOADER, List.of(screenshot(1), huge)), "attachments[1].content MaxSize");
        assertThat(endless.bytesRead()).isLessThanOrEqualTo(90L * 1024 * 1024);
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(huge)))
                .hasMessageContaining("must be at most 90 MiB (94371840 bytes)");
    }

    // ---- count ----

    @Test
    void aSixthFileIsRefusedBeforeAnyFileIsRead() {
        List<AttachmentUpload> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(screenshot(i));
        }

        assertThatThrownBy(() -> attachments.upload(UPLOADER, six)).isInstanceOfSatisfying(CommandValidationException.class, e ->
                assertThat(e.violations()).containsExactly(new Violation("attachments[5]", "MaxFiles",
                        "one upload may have at most 5 files; this is file 6")));
        assertThat(storedFiles()).isEmpty();
        assertThat(opened).hasValue(0);
    }

    @Test
    void theNumberOfFilesIsConfigurable() {
        Attachments two = Uploading.attachments(store, AttachmentPolicy.builder().maxFiles(2).build());

        assertRefused(() -> two.upload(UPLOADER, List.of(screenshot(1), screenshot(2), screenshot(3), screenshot(4))),
                "attachments[2] MaxFiles", "attachments[3] MaxFiles");
        assertThat(two.upload(UPLOADER, List.of(screenshot(1), screenshot(2)))).hasSize(2);
    }

    // ---- names ----

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.txt", "..\\..\\windows\\win.ini.txt", "/etc/passwd.txt", "shots/../../../x.txt",
            "..", ".", "....", "C:\\Users\\anna\\notes.txt", "sub/notes.txt"})
    void pathTraversalNamesAreRefused(String name) {
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(screenshot(1), upload(name, "text/plain", text("x")))))
                .isInstanceOfSatisfying(CommandValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                                .contains(org.assertj.core.groups.Tuple.tuple("attachments[1].fileName", "NoPath")));
        assertThat(storedFiles()).isEmpty();
        assertThat(opened).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shot\u0000.png", "shot\n.png", "shot\r\n.png", "shot\u001b[31m.png", "shot\u007f.png", "shot\u0085.png",
            "invoice\u202Egnp.png", "zero\u200Bwidth.png", "line\u2028sep.png", "lone\uD800.png"})
    void namesWithControlOrFormatCharactersAreRefused(String name) {
        assertRefused(() -> attachments.upload(UPLOADER, List.of(upload(name, "image/png", png(100)))),
                "attachments[0].fileName NoControlCharacters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what?.png", "a<b>.png", "quote\".png", "pipe|.png", "star*.png", "stream.png:evil"})
    void namesWithCharactersWindowsForbidsAreRefused(String name) {
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(upload(name, "image/png", png(100)))))
                .isInstanceOfSatisfying(CommandValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::rule).contains("NoReservedCharacters"));
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void blankAndOverlongNamesAreRefused() {
        String longName = "a".repeat(252) + ".png";

        assertRefused(() -> attachments.upload(UPLOADER, List.of(upload("   ", "image/png", png(100)), upload(longName, "image/png", png(100)))),
                "attachments[0].fileName NotBlank", "attachments[1].fileName Size");
    }

    @Test
    void theExtensionMustFitTheDeclaredType() {
        assertRefused(() -> attachments.upload(UPLOADER, List.of(
                        upload("page.html", "text/plain", text("<script>alert(1)</script>")),
                        upload("invoice.pdf.exe", "application/pdf", pdf(100)),
                        upload("README", "text/plain", text("no extension")))),
                "attachments[0].fileName Extension", "attachments[1].fileName Extension", "attachments[2].fileName Extension");
    }

    // ---- types ----

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "image/svg+xml", "application/x-msdownload", "application/javascript",
            "application/octet-stream", "application/x-sh", "text/xml", ""})
    void disallowedContentTypesAreRefused(String contentType) {
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(screenshot(1), upload("file.txt", contentType, text("x")))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("attachments[1].contentType", "AllowedContentType"));
                    assertThat(e.violations().get(0).message()).startsWith("'" + contentType + "' is not allowed; allowed are image/png, ");
                });
        assertThat(storedFiles()).isEmpty();
        assertThat(opened).hasValue(0);
    }

    @Test
    void bytesThatAreNotTheDeclaredTypeAreRefusedAndEarlierFilesDeleted() {
        byte[] html = text("<html><script>alert(document.cookie)</script></html>");
        byte[] program = startingWith(new byte[] {'M', 'Z', (byte) 0x90, 0}, 200);

        assertRefused(() -> attachments.upload(UPLOADER, List.of(screenshot(1), upload("logo.png", "image/png", html))),
                "attachments[1].content ContentMatchesType");
        assertRefused(() -> attachments.upload(UPLOADER, List.of(screenshot(1), upload("invoice.pdf", "application/pdf", png(100)))),
                "attachments[1].content ContentMatchesType");
        assertRefused(() -> attachments.upload(UPLOADER, List.of(upload("notes.txt", "text/plain", program))),
                "attachments[0].content ContentMatchesType");
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(upload("logo.png", "image/png", html))))
                .hasMessageContaining("the bytes are not image/png (they look like text/html)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(() -> attachments.upload(UPLOADER, List.of(screenshot(1), upload("empty.txt", "text/plain", new byte[0]))),
                "attachments[1].content NotEmpty");
    }

    // ---- everything at once ----

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        List<AttachmentUpload> files = new ArrayList<>(Arrays.asList(
                screenshot(1),
                upload("../x.png", "image/png", png(10)),
                upload("ok.txt", "text/html", text("x")),
                screenshot(4),
                upload("bad\u0007.pdf", "application/pdf", pdf(10)),
                upload("six.exe", "application/x-msdownload", text("x"))));

        assertThatThrownBy(() -> attachments.upload(UPLOADER, files)).isInstanceOfSatisfying(CommandValidationException.class, e -> {
            assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(
                    "attachments[1].fileName NoPath",
                    "attachments[2].contentType AllowedContentType",
                    "attachments[4].fileName NoControlCharacters",
                    "attachments[5] MaxFiles",
                    "attachments[5].contentType AllowedContentType");
            assertThat(e.getMessage()).startsWith("attachment upload refused: attachments[1].fileName: must be a plain file name");
        });
        assertThat(storedFiles()).isEmpty();
        assertThat(opened).hasValue(0);
    }

    // ---- failures ----

    @Test
    void aSourceThatFailsMidwayStoresNothing() {
        AttachmentUpload broken = new AttachmentUpload("big.png", "image/png", () -> new SequenceInputStream(
                new ByteArrayInputStream(png(100_000)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("client went away");
                    }
                }));

        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(screenshot(1), screenshot(2), broken)))
                .isInstanceOf(AttachmentStorageException.class);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aSourceThatCannotBeOpenedStoresNothing() {
        AttachmentUpload unreadable = new AttachmentUpload("gone.png", "image/png", () -> {
            throw new IOException("multipart part already consumed");
        });

        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(screenshot(1), unreadable)))
                .isInstanceOf(AttachmentStorageException.class)
                .hasMessageContaining("attachments[1] (gone.png) could not be read");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void discardDeletesAStoredUpload() {
        List<AttachmentMetadata> stored = attachments.upload(UPLOADER, List.of(screenshot(1), screenshot(2)));

        List<AttachmentId> ids = stored.stream().map(AttachmentMetadata::id).toList();

        assertThat(attachments.discard(UPLOADER, ids)).isEqualTo(ids);
        assertThat(attachments.discard(UPLOADER, ids)).isEmpty();

        assertThat(storedFiles()).isEmpty();
    }
}
