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
package io.casekit.export.internal;

import io.casekit.export.CaseColumn;
import io.casekit.spi.model.CaseState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The fixed texts of an export (column headers, states, yes and no, the sheet's name) in one
 * language: {@code texts_<language>.properties} (UTF-8), else the English base. Read with {@link
 * Properties} rather than a {@code ResourceBundle} with a control, which named modules refuse.
 * Immutable.
 */
final class Texts {

    private final Properties texts;

    private Texts(Properties texts) {
        this.texts = texts;
    }

    /**
     * The texts in the locale's language, each missing one in English.
     *
     * @param locale the reader's locale
     * @return the texts
     */
    public static Texts of(Locale locale) {
        Properties base = load("texts.properties");
        if (base == null) {
            throw new IllegalStateException("texts.properties is missing from the export jar");
        }
        Properties language = locale.getLanguage().isEmpty() ? null : load("texts_" + locale.getLanguage() + ".properties");
        if (language == null) {
            return new Texts(base);
        }
        Properties merged = new Properties();
        merged.putAll(base);
        merged.putAll(language);
        return new Texts(merged);
    }

    private static @Nullable Properties load(String resource) {
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the export jar", e);
        }
    }

    private String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no export text '" + key + "'");
        }
        return value;
    }

    /**
     * @param column a column
     * @return its header
     */
    public String header(CaseColumn column) {
        return text("column." + column.name());
    }

    /**
     * @param state a state
     * @return its name
     */
    public String state(CaseState state) {
        return text("state." + state.name());
    }

    /**
     * @param value a yes/no value
     * @return yes or no
     */
    public String yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }

    /** @return the name of the xlsx sheet */
    public String sheetName() {
        return text("sheet");
    }
}
