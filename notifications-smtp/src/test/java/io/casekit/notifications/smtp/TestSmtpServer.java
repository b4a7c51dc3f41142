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

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server in the test JVM (GreenMail, plain SMTP on a dynamic port of 127.0.0.1) that can
 * also refuse chosen recipients and senders with a chosen reply, and be stopped and started again on
 * the same port (an outage). Mail received before an outage is kept.
 */
final class TestSmtpServer implements AutoCloseable {

    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private final Map<String, String> senderReplies = new ConcurrentHashMap<>();
    private final Map<String, List<MimeMessage>> beforeOutages = new ConcurrentHashMap<>();
    private final ServerSetup setup;
    private volatile GreenMail greenMail;

    private TestSmtpServer() {
        GreenMail first = new ScriptedGreenMail(ServerSetupTest.SMTP.dynamicPort());
        first.start();
        this.greenMail = first;
        // later starts (after an outage) bind the same port, so that notifiers find the server again
        this.setup = new ServerSetup(first.getSmtp().getPort(), first.getSmtp().getServerSetup().getBindAddress(), ServerSetup.PROTOCOL_SMTP);
    }

    /** A running server. */
    static TestSmtpServer start() {
        return new TestSmtpServer();
    }

    /** The host to connect to. */
    String host() {
        return setup.getBindAddress();
    }

    /** The port to connect to; stays the same across outages. */
    int port() {
        return setup.getPort();
    }

    /** From now on, {@code RCPT TO:<address>} is answered with {@code reply} (e.g. {@code 550 5.1.1 no such user}). */
    void refuseRecipient(String address, String reply) {
        recipientReplies.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** From now on, {@code MAIL FROM:<address>} is answered with {@code reply}. */
    void refuseSender(String address, String reply) {
        senderReplies.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** Stops the server: connections are refused until {@link #restart()}. */
    synchronized void stop() {
        GreenMail current = greenMail;
        if (!current.isRunning()) {
            return;
        }
        for (GreenMailUser user : current.getUserManager().listUser()) {
            beforeOutages.computeIfAbsent(key(user.getEmail()), k -> new CopyOnWriteArrayList<>()).addAll(receivedBy(current, user.getEmail()));
        }
        current.stop();
    }

    /** Starts the server again, on the same port. */
    synchronized void restart() {
        if (greenMail.isRunning()) {
            return;
        }
        GreenMail next = new ScriptedGreenMail(setup);
        next.start();
        greenMail = next;
    }

    /** The GreenMail instance now running (to add users, say). */
    GreenMail greenMail() {
        return greenMail;
    }

    /** Every message received for {@code address}, in arrival order, outages included. */
    List<MimeMessage> messagesFor(String address) {
        List<MimeMessage> all = new ArrayList<>(beforeOutages.getOrDefault(key(address), List.of()));
        all.addAll(receivedBy(greenMail, address));
        return all;
    }

    /** Every message received, for anyone. */
    List<MimeMessage> allMessages() {
        List<MimeMessage> all = new ArrayList<>();
        beforeOutages.values().forEach(all::addAll);
        all.addAll(List.of(greenMail.getReceivedMessages()));
        return all;
    }

    /** Whether anything was ever delivered to a mailbox of {@code address}. */
    boolean hasMailbox(String address) {
        return beforeOutages.containsKey(key(address)) || greenMail.getUserManager().getUserByEmail(address) != null;
    }

    @Override
    public synchronized void close() {
        greenMail.stop();
    }

    private static List<MimeMessage> receivedBy(GreenMail server, String address) {
        return server.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** GreenMail whose SMTP server consults the refusal tables. */
    private final class ScriptedGreenMail extends GreenMail {

        ScriptedGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            return super.createServices(config, new ScriptedManagers(managers));
        }
    }

    /** The managers of a GreenMail instance, with an SMTP manager that refuses as told. */
    private final class ScriptedManagers extends Managers {

        private final Managers delegate;
        private final SmtpManager smtp;

        ScriptedManagers(Managers delegate) {
            this.delegate = delegate;
            this.smtp = new SmtpManager(delegate.getImapHostManager(), delegate.getUserManager()) {
                @Override
                public String checkSender(SmtpState state, MailAddress sender) {
                    return senderReplies.get(key(sender.getEmail()));
                }

                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return recipientReplies.get(key(recipient.getEmail()));
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return delegate.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return delegate.getImapHostManager();
        }
    }
}
