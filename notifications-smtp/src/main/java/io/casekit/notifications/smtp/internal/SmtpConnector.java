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

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends MIME messages over SMTP connections that it keeps open and reuses: connect (TLS or
 * {@code STARTTLS} as configured, certificate and host name verified), authenticate if configured,
 * then send message after message over the same connection, as RFC 5321 allows. The Angus transport
 * classes are instantiated directly, so that no provider lookup can pick another implementation.
 * Jakarta Mail's debug output (which would print bodies and credentials) stays off.
 *
 * <p>Connections are pooled: at most {@code maxConnections} at once (a sender beyond that waits for
 * one), each used by one thread at a time, closed after {@code maxMailsPerConnection} mails (servers
 * limit the mails per session) or when idle longer than {@code idleTimeout} (servers drop idle
 * sessions), and closed, never reused, after any failure. A reused connection that turns out to be
 * gone (the server closed it, answered {@code 421}, or was restarted) is replaced by a fresh one and
 * the mail sent once more over it: such a failure says nothing about the mail. With
 * {@code maxMailsPerConnection} 1 every mail has its own connection.
 *
 * <p>Thread-safe: the session is shared, a connection is used by one thread at a time.
 */
public final class SmtpConnector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnector.class);

    private final String host;
    private final int port;
    private final boolean implicitTls;
    private final @Nullable String username;
    private final @Nullable String password;
    private final Session session;
    private final Pool pool;

    /**
     * @param host the server's host name or address
     * @param port the server's port
     * @param implicitTls TLS from the first byte (SMTPS)
     * @param startTls upgrade with {@code STARTTLS} before anything else, and send nothing if the server cannot
     * @param username the user to authenticate as, if any
     * @param password the password, if a user is given
     * @param connectTimeout how long to wait for the connection
     * @param readTimeout how long to wait for each reply
     * @param writeTimeout how long to wait for each write
     * @param sslSocketFactory the factory for TLS sockets (for a private CA), if not the JVM's default
     * @param reuse how many connections, how many mails each, how long idle
     */
    public SmtpConnector(
            String host,
            int port,
            boolean implicitTls,
            boolean startTls,
            Optional<String> username,
            Optional<String> password,
            Duration connectTimeout,
            Duration readTimeout,
            Duration writeTimeout,
            Optional<SSLSocketFactory> sslSocketFactory,
            Reuse reuse) {
        this.host = host;
        this.port = port;
        this.implicitTls = implicitTls;
        this.username = username.orElse(null);
        this.password = password.orElse(null);
        this.pool = new Pool(reuse);

        String prefix = implicitTls ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.setProperty(prefix + "host", host);
        props.setProperty(prefix + "port", Integer.toString(port));
        props.setProperty(prefix + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.setProperty(prefix + "timeout", Long.toString(readTimeout.toMillis()));
        props.setProperty(prefix + "writetimeout", Long.toString(writeTimeout.toMillis()));
        props.setProperty(prefix + "auth", Boolean.toString(username.isPresent()));
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
        // Never retry a failed connection with another socket factory: the configured one decides.
        props.setProperty(prefix + "socketFactory.fallback", "false");
        if (startTls) {
            props.setProperty(prefix + "starttls.enable", "true");
            props.setProperty(prefix + "starttls.required", "true");
        }
        sslSocketFactory.ifPresent(factory -> props.put(prefix + "ssl.socketFactory", factory));
        Session created = Session.getInstance(props);
        created.setDebug(false);
        this.session = created;
    }

    /**
     * How connections are reused.
     *
     * @param maxConnections the most connections open at once, at least 1
     * @param maxMailsPerConnection the most mails sent over one connection, at least 1 (1: a connection per mail)
     * @param idleTimeout how long an unused connection is kept for reuse
     */
    public record Reuse(int maxConnections, int maxMailsPerConnection, Duration idleTimeout) {
        public Reuse {
            if (maxConnections < 1 || maxMailsPerConnection < 1 || idleTimeout.isNegative()) {
                throw new IllegalArgumentException("maxConnections and maxMailsPerConnection must be at least 1, idleTimeout not negative");
            }
        }
    }

    /** The session the MIME messages must be created in. */
    public Session session() {
        return session;
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return host + ":" + port;
    }

    /**
     * Sends {@code mime} to {@code to} over a pooled connection (or a new one).
     *
     * @param transportId what {@link Delivered} reports as the transport id (the {@code Message-ID})
     * @return the outcome; never throws for a delivery failure
     */
    public DeliveryOutcome send(MimeMessage mime, Address to, String transportId) {
        try {
            pool.permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RetryableFailure("interrupted while waiting for a connection to " + endpoint(), Optional.empty());
        }
        try {
            Optional<Connection> idle = pool.take();
            if (idle.isPresent()) {
                Optional<DeliveryOutcome> outcome = sendOver(idle.get(), mime, to, transportId, true);
                if (outcome.isPresent()) {
                    return outcome.get();
                }
                LOG.debug("A reused SMTP connection to {} was gone; sending over a new one", endpoint());
            }
            Connection fresh = new Connection(implicitTls ? new SMTPSSLTransport(session, null) : new SMTPTransport(session, null));
            try {
                fresh.transport.connect(host, port, username, password);
            } catch (MessagingException e) {
                DeliveryOutcome failure = SmtpFailures.classify(e, fresh.transport.getLastReturnCode(), endpoint());
                close(fresh);
                return failure;
            }
            return sendOver(fresh, mime, to, transportId, false).orElseThrow();
        } finally {
            pool.permits.release();
        }
    }

    /** The outcome, or empty if a reused connection was gone before the server said anything about the mail. */
    private Optional<DeliveryOutcome> sendOver(Connection connection, MimeMessage mime, Address to, String transportId, boolean reused) {
        try {
            connection.transport.sendMessage(mime, new Address[] {to});
        } catch (MessagingException e) {
            int code = connection.transport.getLastReturnCode();
            close(connection);
            if (reused && SmtpFailures.connectionLost(e, code)) {
                return Optional.empty();
            }
            return Optional.of(SmtpFailures.classify(e, code, endpoint()));
        }
        connection.sent++;
        if (connection.sent >= pool.reuse.maxMailsPerConnection()) {
            close(connection);
        } else {
            pool.give(connection);
        }
        return Optional.of(new Delivered(Optional.of(transportId)));
    }

    /** Closes the idle connections; a connection in use is closed when its mail is sent. Idempotent. */
    @Override
    public void close() {
        pool.closed = true;
        for (Optional<Connection> c = pool.take(); c.isPresent(); c = pool.take()) {
            close(c.get());
        }
    }

    private void close(Connection connection) {
        try {
            connection.transport.close();
        } catch (MessagingException | RuntimeException e) {
            // The message was accepted or the attempt has failed already: neither changes now.
            LOG.debug("Closing the SMTP connection to {} failed: {}", endpoint(), e.toString());
        }
    }

    /** One open connection and how many mails it carried. Used by one thread at a time. */
    private static final class Connection {
        final SMTPTransport transport;
        int sent;
        long idleSince;

        Connection(SMTPTransport transport) {
            this.transport = transport;
        }
    }

    /** The idle connections, newest first, and the permits that bound the open ones. */
    private final class Pool {
        final Reuse reuse;
        final Semaphore permits;
        final Deque<Connection> idle = new ArrayDeque<>();
        volatile boolean closed;

        Pool(Reuse reuse) {
            this.reuse = reuse;
            this.permits = new Semaphore(reuse.maxConnections(), true);
        }

        /** The newest idle connection that has not been idle too long; older ones are closed. */
        Optional<Connection> take() {
            while (true) {
                Connection c;
                synchronized (idle) {
                    c = idle.pollFirst();
                }
                if (c == null) {
                    return Optional.empty();
                }
                if (!closed && System.nanoTime() - c.idleSince <= reuse.idleTimeout().toNanos()) {
                    return Optional.of(c);
                }
                close(c);
            }
        }

        void give(Connection c) {
            c.idleSince = System.nanoTime();
            boolean kept = false;
            synchronized (idle) {
                if (!closed && !reuse.idleTimeout().isZero()) {
                    idle.addFirst(c);
                    kept = true;
                }
            }
            if (!kept) {
                close(c);
            }
        }
    }
}
