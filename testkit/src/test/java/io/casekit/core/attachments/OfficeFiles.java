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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but structurally real ZIP-based files, built entry by entry. */
final class OfficeFiles {

    private OfficeFiles() {}

    static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    /** A ZIP archive of these entries, in this order; an entry named {@code mimetype} is stored uncompressed. */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, String> entries(String... namesAndContents) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return entries;
    }

    static byte[] xlsx() {
        return zip(entries("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", "<Relationships/>", "xl/workbook.xml", "<workbook/>"));
    }

    static byte[] docx() {
        return zip(entries("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", "<Relationships/>", "word/document.xml", "<document/>"));
    }

    static byte[] odt(String mimetype) {
        return zip(entries("mimetype", mimetype, "content.xml", "<office:document-content/>", "META-INF/manifest.xml", "<manifest/>"));
    }

    static byte[] jar() {
        return zip(entries("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n", "Evil.class", "\u00ca\u00fe\u00ba\u00be"));
    }
}
