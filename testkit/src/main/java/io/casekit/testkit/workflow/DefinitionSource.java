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
package io.casekit.testkit.workflow;

import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a workflow definition from a location: {@code classpath:...}, {@code file:...}, or a class-path resource. */
final class DefinitionSource {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private DefinitionSource() {}

    static WorkflowDefinition read(String location, ClassLoader loader) {
        if (location.isBlank()) {
            throw new IllegalArgumentException("the definition's location must not be blank");
        }
        boolean json = location.toLowerCase(Locale.ROOT).endsWith(".json");
        if (location.startsWith(FILE)) {
            Path file = Path.of(location.substring(FILE.length()));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no workflow definition at " + location + " (" + file.toAbsolutePath() + ")");
            }
            if (!json) {
                return WorkflowDefinitions.fromYaml(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return WorkflowDefinitions.fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        String resource = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        resource = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no workflow definition at " + location + ": no class-path resource " + resource);
            }
            return json ? WorkflowDefinitions.fromJson(in) : WorkflowDefinitions.fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + location, e);
        }
    }
}
