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
package io.casekit.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.casekit.testkit.support.NullArguments;
import org.junit.jupiter.api.Test;

/** A null argument to an inbound mail or its attachment's description is refused naming the field. */
class InboundMailArgumentsTest {

    @Test
    void aNullOrBlankArgumentIsRefusedNamingItsParameter() {
        assertThat(new NullArguments().problems(InboundMail.class, AttachmentInfo.class)).isEmpty();
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        assertThatNullPointerException().isThrownBy(() -> new InboundMail("anna@acme.test", null, "text"))
                .withMessage("subject must not be null");
    }
}
