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

import static io.casekit.core.attachments.OfficeFiles.CONTENT_TYPES;
import static io.casekit.core.attachments.OfficeFiles.entries;
import static io.casekit.core.attachments.OfficeFiles.zip;
import static io.casekit.core.attachments.Uploading.UPLOADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.testkit.attachment.GeneratedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole content of a file decides whether it is its declared type, not its first bytes, its name or its declaration. */
class AttachmentContentTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path directory;

    private Attachments attachments;

    @BeforeEach
    void setUp() {
        attachments = Uploading.attachments(new FileSystemAttachmentStore(directory), AttachmentPolicy.defaults());
    }

    private void assertAccepted(String name, String type, byte[] bytes) {
        assertThat(attachments.upload(UPLOADER, List.of(AttachmentUpload.of(name, type, bytes)))).hasSize(1);
    }

    private void assertRefused(String name, String type, byte[] bytes, String why) throws IOException {
        assertThatThrownBy(() -> attachments.upload(UPLOADER, List.of(AttachmentUpload.of(name, type, bytes))))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field() + " " + v.rule()).isEqualTo("attachments[0].content ContentMatchesType");
                    assertThat(v.message()).contains(why);
                }));
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing stored").isEmpty();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static final byte[] GIF = concat(ascii("GIF89a"), new byte[] {1, 0, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, ';'});

    @Test
    void realOfficeAndOpenDocumentFilesAreAccepted() {
        assertAccepted("letter.docx", DOCX, OfficeFiles.docx());
        assertAccepted("budget.xlsx", XLSX, OfficeFiles.xlsx());
        assertAccepted("notes.odt", ODT, OfficeFiles.odt(ODT));
        assertAccepted("export.zip", "application/zip", OfficeFiles.jar());
    }

    @Test
    void aJarNamedDocxIsRefusedEvenWithTheOfficeEntries() throws IOException {
        assertRefused("letter.docx", DOCX, OfficeFiles.jar(), "not a " + DOCX);
        byte[] dressedUp = zip(entries("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", "<document/>",
                "META-INF/MANIFEST.MF", "Main-Class: Evil\n", "Evil.class", "x"));
        assertRefused("letter.docx", DOCX, dressedUp, "Java classes");
    }

    @Test
    void aZipWithoutTheDocumentsPartsIsNoOfficeDocument() throws IOException {
        assertRefused("letter.docx", DOCX, zip(entries("readme.txt", "hello")), "no [Content_Types].xml");
        assertRefused("budget.xlsx", XLSX, OfficeFiles.docx(), "xl/");
        assertRefused("notes.odt", ODT, OfficeFiles.odt("application/vnd.oasis.opendocument.spreadsheet"), "mimetype");
    }

    @Test
    void aDocumentWithAMacroProjectIsRefused() throws IOException {
        byte[] macro = zip(entries("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", "<document/>", "word/vbaProject.bin", "x"));

        assertRefused("letter.docx", DOCX, macro, "VBA");
    }

    @Test
    void aTruncatedZipIsRefused() throws IOException {
        byte[] docx = OfficeFiles.docx();

        assertRefused("letter.docx", DOCX, java.util.Arrays.copyOf(docx, docx.length - 30), "not a readable ZIP archive");
    }

    @Test
    void aPdfAndAGifAloneAreAccepted() {
        assertAccepted("invoice.pdf", "application/pdf", PDF);
        assertAccepted("logo.gif", "image/gif", GIF);
    }

    @Test
    void polyglotsAreRefused() throws IOException {
        assertRefused("invoice.pdf", "application/pdf", concat(PDF, OfficeFiles.jar()), "polyglot");
        assertRefused("logo.gif", "image/gif", concat(GIF, OfficeFiles.jar()), "polyglot");
    }

    @Test
    void aGifNamedDocxIsRefused() throws IOException {
        assertRefused("letter.docx", DOCX, concat(GIF, OfficeFiles.docx()), "they look like image/gif");
    }

    @Test
    void aUtf16ByteOrderMarkDoesNotMakeBinaryText() throws IOException {
        byte[] binary = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0, (byte) 0xD8, 'M', 'Z', 0, 0, 3, 0});
        byte[] program = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, GeneratedContent.bytes(4096, 7));

        assertRefused("trace.log", "text/plain", binary, "UTF-16");
        assertRefused("trace.log", "text/plain", program, "");
        assertAccepted("trace.log", "text/plain", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ok\r\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void textThatTurnsBinaryAfterItsHeadIsRefused() throws IOException {
        byte[] head = ascii("2026-03-02 09:00:00 INFO started\n".repeat(1000));

        assertRefused("server.log", "text/plain", concat(head, new byte[] {0, 1, 2, 3, 'M', 'Z'}), "control characters");
        assertAccepted("server.log", "text/plain", concat(head, ascii("\u001B[31mred\u001B[0m\tdone\f\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><body><script>alert(document.cookie)</script></body></html>",
        "<!DOCTYPE html>\n<p>hi</p><script src=x></script>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
    })
    void markupWithScriptsIsNoText(String markup) throws IOException {
        assertRefused("notes.txt", "text/plain", markup.getBytes(StandardCharsets.UTF_8), "the bytes are not text/plain");
    }

    @Test
    void plainTextCsvAndMailAreText() {
        assertAccepted("notes.txt", "text/plain", "Printer on floor 2 jams, again.\n".getBytes(StandardCharsets.UTF_8));
        assertAccepted("export.csv", "text/csv", "number;title\nCAS-1;VPN drops\n".getBytes(StandardCharsets.UTF_8));
        assertAccepted("forwarded.eml", "message/rfc822",
                ascii("Received: from mx.acme.test\r\nFrom: anna@acme.test\r\nSubject: VPN\r\n\r\nIt drops.\r\n"));
    }
}
