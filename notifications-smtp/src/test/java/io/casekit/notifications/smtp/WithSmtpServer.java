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
package io.casekit.notifications.smtp;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;

/** A test with its own SMTP server in the JVM and a notifier pointed at it, stopped after each test. */
abstract class WithSmtpServer {

    private final SmtpFixture smtp = new SmtpFixture();
    private final SmtpNotifier notifier = smtp.notifier();

    @AfterEach
    final void stopServer() {
        smtp.close();
    }

    final SmtpFixture smtp() {
        return smtp;
    }

    final SmtpNotifier notifier() {
        return notifier;
    }

    final TestSmtpServer server() {
        return smtp.server();
    }

    final String newAddress() {
        return smtp.newAddress();
    }

    final MimeMessage onlyMailTo(String address) {
        return smtp.onlyMailTo(address);
    }
}
