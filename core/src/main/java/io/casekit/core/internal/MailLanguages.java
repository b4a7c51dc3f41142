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
package io.casekit.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages one mail is written in: the recipient's own first, then each further language the
 * host asks for (guide 000 writes Dutch and English in one mail), each once, only those with texts;
 * English if the recipient's own has none. Thread-safe (stateless).
 */
public final class MailLanguages {

    /** The line between the languages of one mail. */
    public static final String SEPARATOR = "\n\n--------\n\n";

    private MailLanguages() {
    }

    /**
     * The texts to write, in order.
     *
     * @param <T> the kind of text
     * @param texts the texts by language code
     * @param own the recipient's language
     * @param alsoIn the further languages, in order
     * @return at least one text
     */
    public static <T> List<T> inOrder(Map<String, T> texts, Locale own, List<Locale> alsoIn) {
        List<String> codes = new ArrayList<>();
        codes.add(texts.containsKey(own.getLanguage()) ? own.getLanguage() : "en");
        for (Locale more : alsoIn) {
            if (texts.containsKey(more.getLanguage()) && !codes.contains(more.getLanguage())) {
                codes.add(more.getLanguage());
            }
        }
        return codes.stream().map(texts::get).toList();
    }
}
