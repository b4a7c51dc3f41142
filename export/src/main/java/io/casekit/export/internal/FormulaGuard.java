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

/**
 * Neutralises formula injection (OWASP, "CSV Injection"): a text that a spreadsheet would read as
 * a formula or a command, because it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return, gets a single quote in front, which makes the spreadsheet read it as text.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    /**
     * @param text a text cell's value
     * @return whether a spreadsheet could read it as a formula or command
     */
    public static boolean isDangerous(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * @param text a text cell's value
     * @return the text with a single quote in front if it {@linkplain #isDangerous is dangerous},
     *     else the text itself
     */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
