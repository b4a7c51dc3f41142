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

import io.casekit.spi.notify.Message;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * Turns a {@link Message} into a MIME message: {@code multipart/alternative} with a plain-text and
 * an HTML part (plain text alone when there is no HTML), UTF-8 throughout; a {@code Message-ID}
 * derived from the message id and {@code In-Reply-To} / {@code References} naming the thread root
 * (see {@link MailIds}); {@code Auto-Submitted: auto-generated} so that auto-responders stay quiet;
 * {@code Content-Language} from the recipient's language.
 *
 * <p>Immutable and thread-safe; each call builds a new MIME message.
 */
public final class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final InternetAddress from;
    private final Optional<InternetAddress> replyTo;
    private final String idDomain;
    private final Clock clock;

    /**
     * @param session the mail session the messages belong to
     * @param from the checked sender, display name included
     * @param replyTo the checked Reply-To address, if any
     * @param idDomain the domain of the generated {@code msg-id}s (ASCII)
     * @param clock the source of the {@code Date} header
     */
    public MailComposer(Session session, InternetAddress from, Optional<InternetAddress> replyTo, String idDomain, Clock clock) {
        this.session = session;
        this.from = from;
        this.replyTo = replyTo;
        this.idDomain = idDomain;
        this.clock = clock;
    }

    /** The checked recipient address of {@code message}, display name included. */
    public InternetAddress recipient(Message message) throws UnsendableMessageException {
        InternetAddress to = MailAddresses.address(message.recipient().address(), "recipient.address");
        return MailAddresses.withCleanedName(to, message.recipient().displayName());
    }

    /** The {@code Message-ID} header value that {@code message} is sent with. */
    public String messageIdOf(Message message) {
        return MailIds.messageId(message.messageId(), idDomain);
    }

    /**
     * The MIME message for {@code message}, addressed to {@code to}.
     *
     * @throws UnsendableMessageException if a header value would carry a line break
     * @throws MessagingException if Jakarta Mail cannot build the message
     */
    public MimeMessage compose(Message message, InternetAddress to) throws UnsendableMessageException, MessagingException {
        MailAddresses.refuseLineBreaks(message.subject(), "subject");
        String threadRoot = MailIds.threadRoot(message.threadId(), idDomain);

        MimeMessage mime = new StableIdMimeMessage(session, messageIdOf(message));
        mime.setFrom(from);
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, new Address[] {to});
        if (replyTo.isPresent()) {
            mime.setReplyTo(new Address[] {replyTo.get()});
        }
        mime.setHeader("Subject", MimeUtility.fold(9, EncodedWords.encode(message.subject())));
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("In-Reply-To", threadRoot);
        mime.setHeader("References", threadRoot);
        mime.setHeader("Auto-Submitted", "auto-generated");
        String language = message.recipient().language().toLanguageTag();
        if (!language.equals("und")) {
            mime.setHeader("Content-Language", language);
        }

        if (message.html().isPresent()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html().get(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
        } else {
            mime.setText(message.text(), UTF_8, "plain");
        }
        mime.saveChanges();
        return mime;
    }

    /** A MIME message whose {@code Message-ID} is the one given, not a random one. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
