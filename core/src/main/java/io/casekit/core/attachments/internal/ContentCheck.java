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

import io.casekit.core.attachments.AllowedType;
import io.casekit.core.attachments.ContentSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Whether the bytes of a whole file are what its allowed type says, by their content alone (the name
 * and the declared type are the client's word, so neither is shown to the detector):
 *
 * <ol>
 *   <li>Apache Tika's detector names the type from the bytes; it must be of the type's
 *       {@link ContentSignature family}: an image or PDF type itself, an OLE compound file for the legacy
 *       Office formats, a ZIP archive for the ZIP-based formats, and plain text (or a mail) for text,
 *       never HTML, XML, SVG or a script;
 *   <li>a ZIP-based document is opened as a whole archive: an Office Open XML file needs its
 *       {@code [Content_Types].xml} and its main part's folder ({@code word/}, {@code xl/},
 *       {@code ppt/}), an OpenDocument file its {@code mimetype} entry naming its type, and neither may
 *       hold Java classes, a JAR manifest or a VBA macro project;
 *   <li>any other file must not also be a ZIP archive: no end-of-central-directory record in the
 *       last 64 KiB, where ZIP readers look for one (a PDF+ZIP or GIF+JAR polyglot);
 *   <li>text is read to its end: after a UTF-16 byte-order mark, it must decode as UTF-16 without
 *       error; without one, it must hold no control byte other than tab, line feed, vertical tab, form
 *       feed, carriage return and escape; so that a byte-order mark or a text-like head does not let
 *       binary content pass as text.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentCheck {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry TYPES = TIKA.getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE = MediaType.application("x-tika-msoffice");
    private static final Set<MediaType> TEXT = Set.of(MediaType.TEXT_PLAIN, MediaType.parse("message/rfc822"),
            MediaType.parse("text/csv"), MediaType.parse("text/x-log"), MediaType.parse("text/tab-separated-values"));
    private static final Map<String, String> OOXML_FOLDERS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/");
    private static final int ZIP_TAIL = 65_535 + 22;
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};

    private ContentCheck() {}

    /** What is wrong with the content of {@code file} for {@code type}, for people; empty if nothing. */
    public static Optional<String> problem(Path file, AllowedType type) throws IOException {
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = TYPES.normalize(TIKA.detect(in, new Metadata(), new ParseContext()));
        }
        if (!inFamily(detected, type.signature())) {
            return Optional.of("the bytes are not " + type.mediaType() + " (they look like " + detected.getBaseType() + ")");
        }
        return switch (type.signature()) {
            case ZIP -> container(file, type.mediaType());
            case TEXT -> notPolyglot(file).or(() -> text(file));
            default -> notPolyglot(file);
        };
    }

    private static boolean inFamily(MediaType detected, ContentSignature signature) {
        MediaType base = detected.getBaseType();
        return switch (signature) {
            case PNG -> base.equals(MediaType.image("png"));
            case JPEG -> base.equals(MediaType.image("jpeg"));
            case GIF -> base.equals(MediaType.image("gif"));
            case WEBP -> base.equals(MediaType.image("webp"));
            case PDF -> base.equals(MediaType.application("pdf"));
            case OLE -> TYPES.isInstanceOf(base, OLE);
            case ZIP -> TYPES.isInstanceOf(base, ZIP);
            case TEXT -> TEXT.contains(base);
        };
    }

    private static Optional<String> container(Path file, String mediaType) throws IOException {
        Set<String> names = new HashSet<>();
        Optional<String> odfType = Optional.empty();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getName().equals("mimetype") && entry.getSize() < 200) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        odfType = Optional.of(new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip());
                    }
                }
            }
        } catch (ZipException e) {
            return Optional.of("the bytes are not a readable ZIP archive, as " + mediaType + " must be");
        }
        String folder = OOXML_FOLDERS.get(mediaType);
        boolean document = folder != null || mediaType.startsWith("application/vnd.oasis.opendocument.");
        if (!document) {
            return Optional.empty();
        }
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".class") || lower.equals("meta-inf/manifest.mf")) {
                return Optional.of("the archive holds Java classes or a JAR manifest: it is not a " + mediaType + " document");
            }
            if (lower.endsWith("vbaproject.bin")) {
                return Optional.of("the document holds a VBA macro project, which " + mediaType + " does not allow");
            }
        }
        if (folder != null && !(names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith(folder)))) {
            return Optional.of("the archive is not a " + mediaType + " document (no [Content_Types].xml and " + folder + ")");
        }
        if (folder == null && !odfType.equals(Optional.of(mediaType))) {
            return Optional.of("the archive is not a " + mediaType + " document (its mimetype entry does not name it)");
        }
        return Optional.empty();
    }

    /** Refuses a file that also ends like a ZIP archive. */
    private static Optional<String> notPolyglot(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, ZIP_TAIL);
            ByteBuffer tail = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // fill
            }
            byte[] bytes = tail.array();
            for (int i = 0; i + END_OF_CENTRAL_DIRECTORY.length <= bytes.length; i++) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                    return Optional.of("the file is also a ZIP archive (a polyglot file), which is not allowed");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads text to its end: UTF-16 after its byte-order mark, else bytes without control characters. */
    private static Optional<String> text(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            boolean le = head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
            boolean be = head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
            if (le || be) {
                CharsetDecoder decoder = (le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                try (Reader reader = new java.io.InputStreamReader(in, decoder)) {
                    char[] buffer = new char[8192];
                    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                        for (int i = 0; i < n; i++) {
                            if (control(buffer[i])) {
                                return Optional.of("the text holds control characters: it is not text");
                            }
                        }
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    return Optional.of("the bytes after the UTF-16 byte-order mark are not UTF-16 text");
                }
                return Optional.empty();
            }
            for (byte b : head) {
                if (control(b & 0xFF)) {
                    return Optional.of("the text holds control characters: it is not text");
                }
            }
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (control(buffer[i] & 0xFF)) {
                        return Optional.of("the text holds control characters: it is not text");
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A C0 control character other than tab, line feed, vertical tab, form feed, carriage return and escape. */
    private static boolean control(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B;
    }
}
