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
package io.casekit.core.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The values a message template can show, written {@code {{case.number}}} and so on. Labels (status,
 * priority, type) come in the recipient's language.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum TemplateField {
    /** The case number, e.g. {@code CAS-05128-V6R0R8}. */
    CASE_NUMBER("case.number"),
    /** The title. */
    CASE_TITLE("case.title"),
    /** The description. */
    CASE_DESCRIPTION("case.description"),
    /** The label of the status reason. */
    CASE_STATUS("case.status"),
    /** The label of the status reason before the change. */
    CASE_PREVIOUS_STATUS("case.previousStatus"),
    /** The label of the priority. */
    CASE_PRIORITY("case.priority"),
    /** The label of the case type. */
    CASE_TYPE("case.type"),
    /** The label of the stage, or nothing. */
    CASE_STAGE("case.stage"),
    /** The name of the owning agent, the id of the owning team, or nothing. */
    CASE_OWNER("case.owner"),
    /** The recipient's name. */
    RECIPIENT_NAME("recipient.name"),
    /** The name of who made the change. */
    ACTOR_NAME("actor.name"),
    /** The comment the change added (public, or internal for agents), or nothing. */
    COMMENT("comment"),
    /** The days of the definition's feedback window, or nothing. */
    FEEDBACK_DAYS("feedback.days"),
    /** The label of the approval kind the change requested or decided, or nothing. */
    APPROVAL("approval"),
    /** What the approval is about (e.g. the hours), or nothing. */
    APPROVAL_SUBJECT("approval.subject"),
    /** The explanation of an approval request, or the reason of a refusal, or nothing. */
    APPROVAL_NOTE("approval.note");

    private final String key;

    TemplateField(String key) {
        this.key = key;
    }

    /** {@return how templates write it, without the braces, e.g. {@code case.number}} */
    public String key() {
        return key;
    }

    /**
     * The field written {@code key}.
     *
     * @param key the key, without the braces
     * @return the field, or empty if no field has this key
     */
    public static Optional<TemplateField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** {@return every key, in declaration order} */
    public static List<String> keys() {
        return Arrays.stream(values()).map(TemplateField::key).toList();
    }
}
