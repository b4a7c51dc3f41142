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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A message a notification rule sends, in the languages it is written in (ISO 639 codes such as
 * {@code en}, {@code nl}, {@code fr}). Immutable.
 *
 * @param code the code rules name it by
 * @param texts the texts by language, in declaration order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record MessageTemplate(String code, Map<String, TemplateText> texts) {

    /**
     * Copies the texts, keeping their order.
     *
     * @param code the code rules name it by
     * @param texts the texts by language, in declaration order
     */
    public MessageTemplate {
        requireNonNull(code, "template.code");
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(texts, "template.texts")));
    }

    /**
     * A template with one language.
     *
     * @param code the template's code, as notification rules name it
     * @param language the language code, e.g. {@code en}
     * @param text the subject and body
     * @return the template
     */
    public static MessageTemplate of(String code, String language, TemplateText text) {
        return new MessageTemplate(code, Map.of(language, text));
    }

    /**
     * This template plus one more language (replacing its text if it had one).
     *
     * @param language the language code, e.g. {@code nl}
     * @param text the subject and body
     * @return a new template; this one is unchanged
     * @throws IllegalArgumentException if {@code language} is blank
     */
    public MessageTemplate and(String language, TemplateText text) {
        checkArgument(!language.isBlank(), "template language must not be blank");
        Map<String, TemplateText> copy = new LinkedHashMap<>(texts);
        copy.put(language, requireNonNull(text, "text"));
        return new MessageTemplate(code, copy);
    }

    /**
     * The text in the recipient's language, else in English, else in the first declared language.
     *
     * @param language the recipient's language; only its language code counts
     * @return the text
     * @throws IllegalStateException if the template has no text at all (the definition check refuses that)
     */
    public TemplateText text(Locale language) {
        TemplateText exact = texts.get(language.getLanguage());
        if (exact != null) {
            return exact;
        }
        TemplateText fallback = texts.get(Labels.FALLBACK_LANGUAGE);
        if (fallback != null) {
            return fallback;
        }
        return texts.values().stream().findFirst().orElseThrow(() -> new IllegalStateException("template " + code + " has no text"));
    }
}
