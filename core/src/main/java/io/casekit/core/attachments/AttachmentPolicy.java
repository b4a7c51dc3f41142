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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The rules an upload must meet: how many files one comment (or one new case) may carry, how large
 * each may be, and which content types are allowed. File names follow fixed rules (see
 * {@link Attachments}). Immutable and thread-safe.
 *
 * <p>The {@link #defaults() defaults} are those of the portals Casekit serves: at most 5 files of at
 * most 90 MiB each, of the types screenshots, documents, mails, logs and archives come in.
 *
 * @param maxFiles the most files one upload may have, at least 1
 * @param maxBytesPerFile the most bytes one file may have, at least 1
 * @param allowedTypes the accepted content types, at least one, each media type once
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AttachmentPolicy(int maxFiles, long maxBytesPerFile, List<AllowedType> allowedTypes) {

    /** The default number of files per upload: 5. */
    public static final int DEFAULT_MAX_FILES = 5;

    /** The default size limit per file: 90 MiB. */
    public static final long DEFAULT_MAX_BYTES_PER_FILE = 90L * 1024 * 1024;

    /** The default allow-list: images, PDF, Office and OpenDocument files, text, logs, mails, ZIP archives. */
    public static final List<AllowedType> DEFAULT_ALLOWED_TYPES = List.of(
            AllowedType.of("image/png", ContentSignature.PNG, "png"),
            AllowedType.of("image/jpeg", ContentSignature.JPEG, "jpg", "jpeg"),
            AllowedType.of("image/gif", ContentSignature.GIF, "gif"),
            AllowedType.of("image/webp", ContentSignature.WEBP, "webp"),
            AllowedType.of("application/pdf", ContentSignature.PDF, "pdf"),
            AllowedType.of("text/plain", ContentSignature.TEXT, "txt", "log"),
            AllowedType.of("text/csv", ContentSignature.TEXT, "csv"),
            AllowedType.of("message/rfc822", ContentSignature.TEXT, "eml"),
            AllowedType.of("application/vnd.ms-outlook", ContentSignature.OLE, "msg"),
            AllowedType.of("application/msword", ContentSignature.OLE, "doc"),
            AllowedType.of("application/vnd.ms-excel", ContentSignature.OLE, "xls"),
            AllowedType.of("application/vnd.ms-powerpoint", ContentSignature.OLE, "ppt"),
            AllowedType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ContentSignature.ZIP, "docx"),
            AllowedType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ContentSignature.ZIP, "xlsx"),
            AllowedType.of("application/vnd.openxmlformats-officedocument.presentationml.presentation", ContentSignature.ZIP, "pptx"),
            AllowedType.of("application/vnd.oasis.opendocument.text", ContentSignature.ZIP, "odt"),
            AllowedType.of("application/vnd.oasis.opendocument.spreadsheet", ContentSignature.ZIP, "ods"),
            AllowedType.of("application/zip", ContentSignature.ZIP, "zip"),
            AllowedType.of("application/x-zip-compressed", ContentSignature.ZIP, "zip"));

    private static final AttachmentPolicy DEFAULTS = new AttachmentPolicy(DEFAULT_MAX_FILES, DEFAULT_MAX_BYTES_PER_FILE, DEFAULT_ALLOWED_TYPES);

    /**
     * Checks the components and copies the allow-list.
     *
     * @param maxFiles the most files one upload may have, at least 1
     * @param maxBytesPerFile the most bytes one file may have, at least 1
     * @param allowedTypes the accepted content types, at least one, each media type once
     * @throws IllegalArgumentException if {@code maxFiles} or {@code maxBytesPerFile} is less than 1,
     *     or the allow-list is empty or names a media type twice
     */
    public AttachmentPolicy {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1, was " + maxFiles);
        }
        if (maxBytesPerFile < 1) {
            throw new IllegalArgumentException("maxBytesPerFile must be at least 1, was " + maxBytesPerFile);
        }
        allowedTypes = List.copyOf(requireNonNull(allowedTypes, "allowedTypes"));
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("allowedTypes must not be empty");
        }
        if (allowedTypes.stream().map(AllowedType::mediaType).distinct().count() != allowedTypes.size()) {
            throw new IllegalArgumentException("allowedTypes names a media type twice");
        }
    }

    /**
     * {@return the default policy: 5 files of at most 90 MiB each, of the {@link
     * #DEFAULT_ALLOWED_TYPES}}
     */
    public static AttachmentPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder, starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The allowed type for a declared content type. Letter case and parameters are ignored:
     * {@code Text/Plain; charset=UTF-8} finds {@code text/plain}.
     *
     * @param declaredContentType the content type the client declared
     * @return the allowed type, or empty if the type is not on the allow-list
     */
    public Optional<AllowedType> allowedType(String declaredContentType) {
        String essence = essence(declaredContentType);
        return allowedTypes.stream().filter(t -> t.mediaType().equals(essence)).findFirst();
    }

    /**
     * The media type of a declared content type, as {@link #allowedType} compares it.
     *
     * @param declaredContentType a content type as a client declared it, e.g. {@code Text/Plain; charset=UTF-8}
     * @return the media type in lower case, without parameters and surrounding blanks, e.g. {@code text/plain}
     */
    public static String essence(String declaredContentType) {
        int semicolon = declaredContentType.indexOf(';');
        String type = semicolon < 0 ? declaredContentType : declaredContentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Builds a policy from the defaults. Each setter checks its argument at once and may be called
     * once. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Integer maxFiles;
        private @Nullable Long maxBytesPerFile;
        private @Nullable List<AllowedType> allowedTypes;

        private Builder() {}

        /**
         * The most files one upload may have (default 5).
         *
         * @param value the number of files, 1 or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder maxFiles(int value) {
            if (maxFiles != null) {
                throw new IllegalStateException("maxFiles was already set");
            }
            if (value < 1) {
                throw new IllegalArgumentException("maxFiles must be at least 1, was " + value);
            }
            maxFiles = value;
            return this;
        }

        /**
         * The most bytes one file may have (default 90 MiB).
         *
         * @param value the size limit in bytes, 1 or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder maxBytesPerFile(long value) {
            if (maxBytesPerFile != null) {
                throw new IllegalStateException("maxBytesPerFile was already set");
            }
            if (value < 1) {
                throw new IllegalArgumentException("maxBytesPerFile must be at least 1, was " + value);
            }
            maxBytesPerFile = value;
            return this;
        }

        /**
         * Replaces the allow-list (default {@link #DEFAULT_ALLOWED_TYPES}); add to the defaults by passing a copy with more.
         *
         * @param value the allowed types, at least one, each media type once
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder allowedTypes(Collection<AllowedType> value) {
            if (allowedTypes != null) {
                throw new IllegalStateException("allowedTypes was already set");
            }
            allowedTypes = new ArrayList<>(requireNonNull(value, "allowedTypes"));
            return this;
        }

        /**
         * Builds the policy; what was not set keeps its default.
         *
         * @return the policy
         * @throws IllegalArgumentException if the allow-list is empty or names a media type twice
         */
        public AttachmentPolicy build() {
            return new AttachmentPolicy(
                    maxFiles != null ? maxFiles : DEFAULT_MAX_FILES,
                    maxBytesPerFile != null ? maxBytesPerFile : DEFAULT_MAX_BYTES_PER_FILE,
                    allowedTypes != null ? allowedTypes : DEFAULT_ALLOWED_TYPES);
        }
    }
}
