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
package io.casekit.examples.portal.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The development mail server: an SMTP server in the portal's JVM that keeps what Casekit sends, so
 * that a visitor can read invitations and sign-in codes on the mailbox page. A real deployment
 * sends to its own SMTP server instead ({@code portal.development-mail=false} and
 * {@code casekit.mail.*}).
 */
public final class DevelopmentMailServer implements AutoCloseable {

    private final GreenMail server;
    private final int port;
    // GreenMail lists its mails per mailbox, not in arrival order: the order they were first seen in
    private final Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<MimeMessage> arrived = new ArrayList<>();
    private int taken;

    /**
     * Starts the server.
     *
     * @param port the SMTP port on 127.0.0.1
     */
    public DevelopmentMailServer(int port) {
        this.port = port;
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /**
     * Sends a mail over SMTP to this server, as a person's mail client would.
     *
     * @param from the sender's address
     * @param to the recipient's address
     * @param subject the subject
     * @param text the plain-text body
     * @throws MessagingException if the server refuses it
     */
    public void send(String from, String to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new java.util.Date());
        Transport.send(message);
    }

    /**
     * Takes the mails to an address that arrived since the last call, as a desk's mail reader takes
     * them from its inbox.
     *
     * @param address the desk's address
     * @return the new mails to it, oldest first
     */
    public synchronized List<MimeMessage> takeNew(String address) {
        List<MimeMessage> all = arrived();
        List<MimeMessage> fresh = new ArrayList<>();
        for (MimeMessage message : all.subList(taken, all.size())) {
            if (ReceivedMail.of(message).address().equalsIgnoreCase(address)) {
                fresh.add(message);
            }
        }
        taken = all.size();
        return fresh;
    }

    /** Adds the mails not seen before to the arrival list, and returns it. */
    private List<MimeMessage> arrived() {
        for (MimeMessage message : server.getReceivedMessages()) {
            if (seen.add(message)) {
                arrived.add(message);
            }
        }
        return arrived;
    }

    /**
     * @param recipient an address, or empty for every mail
     * @return the mails received, the last to arrive first
     */
    public synchronized List<ReceivedMail> received(Optional<String> recipient) {
        List<MimeMessage> all = arrived();
        List<ReceivedMail> mails = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            ReceivedMail mail = ReceivedMail.of(all.get(i));
            if (recipient.isEmpty() || mail.address().equalsIgnoreCase(recipient.get().strip())) {
                mails.add(mail);
            }
        }
        return mails;
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * One received mail, as the mailbox page shows it.
     *
     * @param to the recipient, with its name
     * @param address the recipient's bare address
     * @param subject the subject
     * @param sentAt when it was sent
     * @param text the plain-text body
     */
    public record ReceivedMail(String to, String address, String subject, Instant sentAt, String text) {

        /**
         * @param message a mail as the server received it
         * @return what the mailbox shows of it
         */
        public static ReceivedMail of(MimeMessage message) {
            try {
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                Address first = recipients == null || recipients.length == 0 ? new InternetAddress() : recipients[0];
                String to = first.toString();
                String address = first instanceof InternetAddress internet ? internet.getAddress() : to;
                Instant sent = Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant).orElse(Instant.EPOCH);
                return new ReceivedMail(to, address, Optional.ofNullable(message.getSubject()).orElse(""), sent, text(message.getContent()));
            } catch (MessagingException | IOException e) {
                return new ReceivedMail("", "", "(unreadable: " + e.getMessage() + ")", Instant.EPOCH, "");
            }
        }

        private static String text(Object content) throws MessagingException, IOException {
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                        return text(part.getContent());
                    }
                }
            }
            return "";
        }
    }
}
