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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.text.NoControlCharacters;
import io.casekit.spi.attachment.AttachmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Opens a new case. A contact opens cases for its own customer; an agent or the system names the
 * customer (and, optionally, the contact who receives updates).
 *
 * @param title the short title
 * @param description the description of the issue
 * @param caseType the case type code
 * @param priority the priority code; the case type's default when empty (a customer without support
 *     contract always gets the definition's fixed priority)
 * @param customerId the customer; required for agents and the system, optional for a contact
 * @param contactId the contact who receives updates; a contact opening a case is its own contact
 * @param endUserName the name of the person who has the issue
 * @param customFields custom field values as text, by field name
 * @param attachments the ids of files the actor uploaded with {@link
 *     io.casekit.core.attachments.Attachments#upload} and attached nowhere yet: at most the {@link
 *     io.casekit.core.attachments.AttachmentPolicy}'s number; the case records their metadata as the
 *     attachment store keeps it
 * @param descriptionFormat how the description is written: plain text, or HTML that is sanitised
 *     before it is stored
 */
@API(status = STABLE, since = "0.1.0")
public record OpenCase(
        @NotBlank @Size(max = MAX_TITLE) @NoControlCharacters String title,
        @NotBlank @Size(max = MAX_TEXT) @NoControlCharacters(lineBreaks = true) String description,
        @NotBlank @Size(max = MAX_CODE) String caseType,
        Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = MAX_CODE) String> priority,
        Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = MAX_CODE) String> customerId,
        Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = MAX_CODE) String> contactId,
        Optional<@Pattern(regexp = CaseCommand.NOT_BLANK, message = "must not be blank") @Size(max = MAX_TITLE) @NoControlCharacters String> endUserName,
        @NotNull Map<@NotBlank @Size(max = MAX_CODE) String, @NotNull @Size(max = 1000) String> customFields,
        @NotNull List<@NotNull AttachmentId> attachments,
        @NotNull TextFormat descriptionFormat)
        implements CaseCommand {

    private static final int MAX_CODE = CaseCommand.MAX_CODE;
    private static final int MAX_TITLE = CaseCommand.MAX_TITLE;
    private static final int MAX_TEXT = CaseCommand.MAX_TEXT;

    /**
     * Replaces null optionals, maps and lists by empty ones and a null format by plain text, and copies
     * the map and list. The fields are checked when the command runs, against the constraints and the
     * workflow definition.
     *
     * @param title the short title
     * @param description the description of the issue
     * @param caseType the case type code
     * @param priority the priority code; the case type's default when empty (a customer without
     *     support contract always gets the definition's fixed priority)
     * @param customerId the customer; required for agents and the system, optional for a contact
     * @param contactId the contact who receives updates; a contact opening a case is its own contact
     * @param endUserName the name of the person who has the issue
     * @param customFields custom field values as text, by field name
     * @param attachments the ids of files the actor uploaded with {@link
     *     io.casekit.core.attachments.Attachments#upload} and attached nowhere yet: at most the {@link
     *     io.casekit.core.attachments.AttachmentPolicy}'s number
     * @param descriptionFormat how the description is written: plain text, or HTML that is sanitised
     *     before it is stored
     */
    public OpenCase {
        priority = priority == null ? Optional.empty() : priority;
        customerId = customerId == null ? Optional.empty() : customerId;
        contactId = contactId == null ? Optional.empty() : contactId;
        endUserName = endUserName == null ? Optional.empty() : endUserName;
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
        attachments = attachments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attachments));
        descriptionFormat = descriptionFormat == null ? TextFormat.PLAIN : descriptionFormat;
    }

    /** {@return a new builder; title, description and case type are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OpenCase}. Validation happens when the command runs. Not thread-safe. */
    public static final class Builder {
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable String caseType;
        private @Nullable String priority;
        private @Nullable String customerId;
        private @Nullable String contactId;
        private @Nullable String endUserName;
        private final Map<String, String> customFields = new LinkedHashMap<>();
        private final List<AttachmentId> attachments = new ArrayList<>();
        private TextFormat descriptionFormat = TextFormat.PLAIN;

        private Builder() {}

        /**
         * Sets the short title (required, at most {@value CaseCommand#MAX_TITLE} characters, one line).
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets the description as plain text (required); replaces a {@link #descriptionHtml} given before.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            descriptionFormat = TextFormat.PLAIN;
            return this;
        }

        /**
         * A formatted description (HTML from an editor, sanitised before it is stored).
         *
         * @param html the description, as HTML
         * @return this builder
         */
        public Builder descriptionHtml(String html) {
            description = html;
            descriptionFormat = TextFormat.HTML;
            return this;
        }

        /**
         * Sets the case type code (required).
         *
         * @param value a case type of the customer's workflow definition
         * @return this builder
         */
        public Builder caseType(String value) {
            caseType = value;
            return this;
        }

        /**
         * Sets the priority code (default: the case type's default priority).
         *
         * @param value a priority the case type allows
         * @return this builder
         */
        public Builder priority(String value) {
            priority = value;
            return this;
        }

        /**
         * Sets the customer (required when an agent or the system opens the case; a contact files for its
         * own customer).
         *
         * @param value the customer's id
         * @return this builder
         */
        public Builder customer(String value) {
            customerId = value;
            return this;
        }

        /**
         * Sets the contact who receives updates (default: none, or the contact who opens the case).
         *
         * @param value the contact's id, a contact of the customer
         * @return this builder
         */
        public Builder contact(String value) {
            contactId = value;
            return this;
        }

        /**
         * Sets the name of the person who has the issue, if not the contact.
         *
         * @param value the name, one line
         * @return this builder
         */
        public Builder endUserName(String value) {
            endUserName = value;
            return this;
        }

        /**
         * Sets a custom field of the case type (replacing a value given before for the same field).
         *
         * @param name the field's name
         * @param value the value, as text; parsed by the field's type when the command runs
         * @return this builder
         */
        public Builder customField(String name, String value) {
            customFields.put(name, value);
            return this;
        }

        /**
         * Adds a file the actor uploaded with {@link io.casekit.core.attachments.Attachments#upload}.
         *
         * @param value the upload's id ({@code AttachmentMetadata.id()} of what the upload returned)
         * @return this builder
         */
        public Builder attachment(AttachmentId value) {
            attachments.add(value);
            return this;
        }

        /**
         * Builds the command; it is validated when it runs, not here.
         *
         * @return the command
         */
        @SuppressWarnings("NullAway") // missing required values are reported by validation
        public OpenCase build() {
            return new OpenCase(title, description, caseType, Optional.ofNullable(priority), Optional.ofNullable(customerId),
                    Optional.ofNullable(contactId), Optional.ofNullable(endUserName), customFields, attachments, descriptionFormat);
        }
    }
}
