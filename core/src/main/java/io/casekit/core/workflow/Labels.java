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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The display texts of a definition element, by language (ISO 639 code such as {@code en}, {@code
 * nl}, {@code fr}). Immutable.
 *
 * @param byLanguage the texts keyed by language code, in declaration order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Labels(Map<String, String> byLanguage) {

    /** The language a label falls back to when the asked one is missing. */
    public static final String FALLBACK_LANGUAGE = "en";

    /**
     * Copies the texts, keeping their order.
     *
     * @param byLanguage the texts keyed by language code, in declaration order
     */
    public Labels {
        requireNonNull(byLanguage, "labels must not be null");
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** {@return no labels (the definition check reports an element without labels)} */
    public static Labels none() {
        return new Labels(Map.of());
    }

    /**
     * One label.
     *
     * @param language the language code, e.g. {@code en}
     * @param text the display text
     * @return the labels
     * @throws IllegalArgumentException if {@code language} is blank
     */
    public static Labels of(String language, String text) {
        return none().and(language, text);
    }

    /**
     * These labels plus one more language (replacing its text if it had one).
     *
     * @param language the language code, e.g. {@code nl}
     * @param text the display text
     * @return a new one; this one is unchanged
     * @throws IllegalArgumentException if {@code language} is blank
     */
    public Labels and(String language, String text) {
        checkArgument(!language.isBlank(), "label language must not be blank");
        Map<String, String> copy = new LinkedHashMap<>(byLanguage);
        copy.put(language, text);
        return new Labels(copy);
    }

    /** {@return whether there is no label at all} */
    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /**
     * The text in the given language, else in English, else in the first declared language, else
     * the empty string.
     *
     * @param locale the language wanted; only its language code counts
     * @return the text, never null
     */
    public String text(Locale locale) {
        String exact = byLanguage.get(locale.getLanguage());
        if (exact != null) {
            return exact;
        }
        String fallback = byLanguage.get(FALLBACK_LANGUAGE);
        if (fallback != null) {
            return fallback;
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }
}
