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
package io.casekit.notifications.smtp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailIdsTest {

    @Test
    void aUuidPassesUnchanged() {
        assertThat(MailIds.messageId("0b1c9e1e-5a8f-4c39-9d1e-2f7a3c1d4e5f", "casekit.test"))
                .isEqualTo("<m.0b1c9e1e-5a8f-4c39-9d1e-2f7a3c1d4e5f@casekit.test>");
        assertThat(MailIds.threadRoot("CAS-05128-V6R0R8", "casekit.test")).isEqualTo("<t.CAS-05128-V6R0R8@casekit.test>");
    }

    @Test
    void everythingElseIsEscapedAsUtf8Bytes() {
        assertThat(MailIds.encode("a.b/c@d e=f")).isEqualTo("a=2Eb=2Fc=40d=20e=3Df");
        assertThat(MailIds.encode("é✓\r\n<>")).isEqualTo("=C3=A9=E2=9C=93=0D=0A=3C=3E");
        assertThat(MailIds.encode("under_score-dash")).isEqualTo("under_score-dash");
    }

    @Test
    void theEncodingTellsIdsApart() {
        List<String> ids = List.of("a/b", "a:b", "A/b", "a b", "a=2Fb", "a%2Fb", "ab", "a.b", "a..b");
        Set<String> encoded = new HashSet<>();
        ids.forEach(id -> encoded.add(MailIds.encode(id)));
        assertThat(encoded).hasSameSizeAs(ids);
    }

    @Test
    void longIdsAreHashedAndMessageAndThreadIdsNeverCollide() {
        String atLimit = "x".repeat(MailIds.MAX_ENCODED);
        String overLimit = "x".repeat(MailIds.MAX_ENCODED + 1);

        assertThat(MailIds.messageId(atLimit, "d.test")).isEqualTo("<m." + atLimit + "@d.test>");
        assertThat(MailIds.messageId(overLimit, "d.test")).matches("<mh\\.[0-9a-f]{64}@d\\.test>");
        assertThat(MailIds.threadRoot(overLimit, "d.test")).matches("<th\\.[0-9a-f]{64}@d\\.test>");
        assertThat(MailIds.messageId("same", "d.test")).isNotEqualTo(MailIds.threadRoot("same", "d.test"));
    }
}
