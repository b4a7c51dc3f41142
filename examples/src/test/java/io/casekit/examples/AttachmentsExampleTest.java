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
package io.casekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.casekit.core.cases.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsExampleTest {

    @TempDir
    Path directory;

    @Test
    void theCaseRecordsTheStoredFileAndNobodyAttachesItAgain() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        AttachmentsExample.Result result = AttachmentsExample.run(directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(result.recorded()).containsExactly(result.uploaded());
        assertThat(result.uploaded().fileName()).isEqualTo("vpn.log");
        assertThat(result.uploaded().contentType()).isEqualTo("text/plain");
        assertThat(result.uploaded().size()).isEqualTo(52);
        assertThat(result.otherCustomer().violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("attachments[0]", "KnownUpload"));
        assertThat(result.secondTime().violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("attachments[0]", "AttachedOnce"));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("records vpn.log (text/plain, 52 bytes");
    }
}
