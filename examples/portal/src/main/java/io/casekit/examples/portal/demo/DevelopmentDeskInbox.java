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

import io.casekit.core.Casekit;
import io.casekit.core.mail.InboundMail;
import io.casekit.core.mail.Routing;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The desk's mail reader on the development mail server: every mail to the desk's address
 * ({@code casekit.mail.from}) goes to Casekit's inbound mail router, which adds a reply to the case
 * named in the subject or opens a case. A real deployment reads its inbox (IMAP, or its mail
 * gateway's webhook) and checks the sender (SPF, DKIM) before it routes.
 */
public class DevelopmentDeskInbox implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentDeskInbox.class);

    private final DevelopmentMailServer server;
    private final Casekit casekit;
    private final String deskAddress;
    private final ScheduledExecutorService reader =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "portal-desk-inbox"));
    private volatile boolean running;

    /**
     * @param server the development mail server
     * @param casekit routes the mails
     * @param deskAddress the desk's address
     */
    public DevelopmentDeskInbox(DevelopmentMailServer server, Casekit casekit, String deskAddress) {
        this.server = server;
        this.casekit = casekit;
        this.deskAddress = deskAddress;
    }

    /** Routes the mails that arrived since the last call; the reader calls it every 200 ms. */
    public void read() {
        for (MimeMessage message : server.takeNew(deskAddress)) {
            DevelopmentMailServer.ReceivedMail mail = DevelopmentMailServer.ReceivedMail.of(message);
            String from = from(message);
            Routing routing = casekit.mailRouter().route(new InboundMail(from, mail.subject(), mail.text()));
            LOG.info("mail to the desk routed: {}", routing instanceof Routing.Refused refused ? "refused, " + refused.reason() : "accepted");
        }
    }

    private static String from(MimeMessage message) {
        try {
            return message.getFrom() == null || message.getFrom().length == 0 ? "" : message.getFrom()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Override
    public void start() {
        reader.scheduleWithFixedDelay(() -> {
            try {
                read();
            } catch (RuntimeException e) {
                LOG.warn("the desk's mail reader failed", e);
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        reader.shutdownNow();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
