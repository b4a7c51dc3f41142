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
package io.casekit.examples.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The screenshots of one journey, numbered in the order the pages were visited:
 * {@code target/screenshots/<journey>-<nn>-<page>.png} (the directory can be moved with the
 * system property {@code portal.screenshots}). The browsers of all people in the journey share
 * the numbering, so the files read as the story.
 */
public final class Screenshots {

    private final Path directory;
    private final String journey;
    private final AtomicInteger count = new AtomicInteger();

    /**
     * @param journey the journey's name, the first part of each file name
     */
    public Screenshots(String journey) {
        this.directory = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
        this.journey = journey;
    }

    /**
     * Copies a screenshot under the next number.
     *
     * @param page the page's name
     * @param png the screenshot as Selenium wrote it
     * @return the file it was copied to
     */
    public Path save(String page, Path png) {
        String name = String.format(Locale.ROOT, "%s-%02d-%s.png", journey, count.incrementAndGet(),
                page.replaceAll("[^A-Za-z0-9._-]+", "-"));
        try {
            Files.createDirectories(directory);
            return Files.copy(png, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(png);
            } catch (IOException e) {
                // Selenium's temporary file; the system cleans its temp directory in the end
            }
        }
    }
}
