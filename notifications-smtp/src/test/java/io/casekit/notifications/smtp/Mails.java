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

import io.casekit.testkit.notify.Received;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads received mail the way a mail client would. */
final class Mails {

    private Mails() {}

    /** {@code mail} as the notifier contract sees it: decoded subject and bodies, Message-ID, thread root. */
    static Received received(MimeMessage mail) {
        try {
            return new Received(
                    mail.getSubject(),
                    text(mail).orElseThrow(() -> new AssertionError("no text/plain part")),
                    html(mail),
                    mail.getMessageID(),
                    header(mail, "In-Reply-To"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text/plain body. */
    static Optional<String> text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    /** The decoded text/html body, if any. */
    static Optional<String> html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    /** The single value of header {@code name}, unfolded but not decoded. */
    static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            if (values == null || values.length != 1) {
                throw new AssertionError("expected one " + name + " header, got " + (values == null ? 0 : values.length));
            }
            return values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> part(MimeMessage mail, String type) {
        try {
            Object content = mail.getContent();
            if (content instanceof String s) {
                return mail.isMimeType(type) ? Optional.of(s) : Optional.empty();
            }
            MimeMultipart multipart = (MimeMultipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(bodyPart.getDisposition())) {
                    return Optional.of((String) bodyPart.getContent());
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
