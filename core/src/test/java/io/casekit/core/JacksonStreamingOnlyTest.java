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
package io.casekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.workflow.WorkflowDefinitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core uses Jackson's streaming layer only (jackson-core, jackson-dataformat-yaml's factory), never
 * jackson-databind nor the jackson-annotations it needs: an application's dependency management may
 * pin those to versions that do not fit (Spring Boot 3 pins annotations 2.19, below what databind 3
 * needs, and loading a definition failed with {@code NoClassDefFoundError}). The tests have databind
 * (for the schema validator), so this reads core's compiled classes for any name of it.
 */
class JacksonStreamingOnlyTest {

    /** Packages (and a class) whose loading needs jackson-databind or jackson-annotations. */
    private static final List<String> FORBIDDEN = List.of("tools/jackson/databind/", "com/fasterxml/jackson/annotation/",
            "tools/jackson/dataformat/yaml/YAMLMapper");

    @Test
    void noClassOfCoreNamesJacksonDatabindOrItsAnnotations() throws IOException, URISyntaxException {
        Path classes = Path.of(WorkflowDefinitions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".class")).toList();
            List<String> offending = all.stream().filter(JacksonStreamingOnlyTest::namesForbidden).map(f -> classes.relativize(f).toString())
                    .toList();

            assertThat(all).as("core's classes in %s", classes).hasSizeGreaterThan(100);
            assertThat(offending).isEmpty();
        }
    }

    private static boolean namesForbidden(Path classFile) {
        try {
            // class names are ASCII in the constant pool
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return FORBIDDEN.stream().anyMatch(bytes::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
