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
