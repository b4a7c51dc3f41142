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

import io.casekit.spi.Quoting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One content type an {@link AttachmentPolicy} accepts: its media type, the signature its bytes must
 * have, and the file-name extensions it may carry.
 *
 * @param mediaType the media type without parameters, lower case, e.g. {@code image/png}
 * @param signature the family the whole content must be of (see {@link ContentSignature})
 * @param extensions the allowed file-name extensions, lower case without the dot, at least one
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AllowedType(String mediaType, ContentSignature signature, Set<String> extensions) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,16}");

    /**
     * Checks the components and copies the extension set.
     *
     * @param mediaType the media type without parameters, lower case, e.g. {@code image/png}
     * @param signature the family the whole content must be of (see {@link ContentSignature})
     * @param extensions the allowed file-name extensions, lower case without the dot, at least one
     * @throws IllegalArgumentException if the media type is not a lower-case {@code type/subtype}
     *     without parameters, or there is no extension or one that is not 1-16 lower-case letters or
     *     digits
     */
    public AllowedType {
        requireNonNull(mediaType, "mediaType");
        requireNonNull(signature, "signature");
        extensions = Set.copyOf(requireNonNull(extensions, "extensions"));
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException(
                    "mediaType must be a lower-case type/subtype without parameters, was '" + Quoting.quote(mediaType) + "'");
        }
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("an allowed type has at least one extension");
        }
        for (String extension : extensions) {
            if (!EXTENSION.matcher(extension).matches()) {
                throw new IllegalArgumentException(
                        "extension must be 1-16 lower-case letters or digits without a dot, was '" + Quoting.quote(extension) + "'");
            }
        }
    }

    /**
     * Shorthand: {@code AllowedType.of("image/png", ContentSignature.PNG, "png")}.
     *
     * @param mediaType the media type, e.g. {@code image/png}
     * @param signature the family the content must be of
     * @param extensions the allowed extensions, at least one
     * @return the allowed type
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static AllowedType of(String mediaType, ContentSignature signature, String... extensions) {
        return new AllowedType(mediaType, signature, Set.of(extensions));
    }

    /**
     * Whether {@code fileName} ends with one of the extensions (ignoring letter case).
     *
     * @param fileName a sanitised file name
     * @return {@code true} if its extension is one of this type's
     */
    public boolean allowsNameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** {@return the extensions, sorted, as messages list them} */
    public List<String> sortedExtensions() {
        return extensions.stream().sorted().toList();
    }
}
