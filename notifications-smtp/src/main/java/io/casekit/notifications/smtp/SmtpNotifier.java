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

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.notifications.smtp.internal.MailAddresses;
import io.casekit.notifications.smtp.internal.MailComposer;
import io.casekit.notifications.smtp.internal.SmtpConnector;
import io.casekit.notifications.smtp.internal.UnsendableMessageException;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that sends mail over SMTP, on the {@link Channel#EMAIL} channel.
 *
 * <pre>{@code
 * Notifier mail = SmtpNotifier.builder()
 *         .host("smtp.example.com")
 *         .security(SmtpSecurity.STARTTLS)          // port 587 unless port(...) says otherwise
 *         .credentials("casekit", secretFromVault)
 *         .from("support@example.com", "Example Support")
 *         .replyTo("cases@example.com")
 *         .build();
 * }</pre>
 *
 * <p>Each delivery is one mail to one recipient. Connections are kept open and reused: up to
 * {@link Builder#maxConnections(int) maxConnections} at once (4 by default; threads delivering at
 * the same time each use their own), each for up to {@link Builder#maxMailsPerConnection(int)
 * maxMailsPerConnection} mails (100) and kept for {@link Builder#idleTimeout(Duration) idleTimeout}
 * (30 seconds) when unused. A connection is closed after any failure; a reused one that the server
 * closed or dropped meanwhile (idle, restarted) is replaced and the mail sent again over a fresh one,
 * so such a drop costs no delivery. {@link #close()} closes the idle connections.
 *
 * <p>Each mail:
 *
 * <ul>
 *   <li>{@code multipart/alternative} with the plain text and the HTML, or plain text alone when the
 *       message has no HTML; UTF-8 throughout, non-ASCII headers encoded (RFC 2047);
 *   <li>{@code Message-ID} derived from {@link Message#messageId()}: a retry of the same message
 *       carries the same {@code Message-ID}, so that mail systems and hosts can recognise it;
 *   <li>{@code In-Reply-To} and {@code References} naming a thread root derived from
 *       {@link Message#threadId()}, so that mail clients thread all mails of a case together;
 *   <li>{@code Auto-Submitted: auto-generated}, {@code Content-Language} from the recipient's
 *       language, and {@code Reply-To} if configured.
 * </ul>
 *
 * <p>Delivery never throws for a failure; it returns a {@link DeliveryOutcome}. Unreachable servers,
 * timeouts, TLS failures, {@code 4xx} replies and rejected credentials are
 * {@link RetryableFailure}s; a malformed recipient address (anything but a bare {@code local@domain}), a
 * CR or LF in the subject (refused, never written into a header), a {@code 5xx} reply to the sender,
 * the recipient or the message, and a recipient on another channel are {@link PermanentFailure}s,
 * naming the field or quoting the server.
 *
 * <p>Header text is written so that no mail client reads more into it than was given: the
 * recipient's display name, which comes from contact data, is cleaned rather than refused (control
 * characters and line breaks become spaces, the address delimiters {@code , ; < > " \} are dropped; a
 * name with nothing left is left out), so that a hostile name costs the contact its display name,
 * never its mail; a subject or display name that holds {@code =?} (which a client could decode as an
 * RFC 2047 encoded word, into a line break and a {@code Bcc:}, say) is encoded as a whole.
 *
 * <p>Logs through SLF4J (loggers under {@code io.casekit.notifications.smtp}): message ids, recipient
 * actor ids and failure reasons; never bodies, subjects, addresses or credentials. Jakarta Mail's own
 * debug output, which would show all of them, stays off.
 *
 * <p>Thread-safe: any number of threads may deliver through one instance at once; its configuration
 * is immutable, its only state the pool of open connections.
 */
@API(status = STABLE, since = "0.1.0")
public final class SmtpNotifier implements Notifier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);
    private static final Set<Channel> CHANNELS = Set.of(Channel.EMAIL);

    private final SmtpConnector connector;
    private final MailComposer composer;
    private final String description;

    private SmtpNotifier(Builder b, InternetAddress from, Optional<InternetAddress> replyTo, String idDomain) {
        SmtpSecurity security = Objects.requireNonNull(b.security);
        int port = b.port != null ? b.port : security.defaultPort();
        this.connector = new SmtpConnector(
                Objects.requireNonNull(b.host),
                port,
                security == SmtpSecurity.TLS,
                security == SmtpSecurity.STARTTLS,
                Optional.ofNullable(b.username),
                Optional.ofNullable(b.password),
                orDefault(b.connectTimeout, Builder.DEFAULT_CONNECT_TIMEOUT),
                orDefault(b.readTimeout, Builder.DEFAULT_READ_TIMEOUT),
                orDefault(b.writeTimeout, Builder.DEFAULT_WRITE_TIMEOUT),
                Optional.ofNullable(b.sslSocketFactory),
                new SmtpConnector.Reuse(
                        b.maxConnections != null ? b.maxConnections : Builder.DEFAULT_MAX_CONNECTIONS,
                        b.maxMailsPerConnection != null ? b.maxMailsPerConnection : Builder.DEFAULT_MAX_MAILS_PER_CONNECTION,
                        orDefault(b.idleTimeout, Builder.DEFAULT_IDLE_TIMEOUT)));
        this.composer = new MailComposer(connector.session(), from, replyTo, idDomain, b.clock != null ? b.clock : Clock.systemUTC());
        this.description = "SmtpNotifier[" + connector.endpoint() + ", " + security + (b.username != null ? ", authenticated" : "")
                + ", from " + from.getAddress() + "]";
    }

    /** {@return a builder for a notifier; {@code host}, {@code security} and {@code from} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@link Channel#EMAIL} only. */
    @Override
    public Set<Channel> channels() {
        return CHANNELS;
    }

    /** Closes the connections kept for reuse; a delivery after it opens new ones as needed. Idempotent. */
    @Override
    public void close() {
        connector.close();
    }

    /**
     * Sends {@code message} to its recipient over a kept or a new SMTP connection and reports the outcome.
     * {@link Delivered#transportId()} is the {@code Message-ID} the mail was sent with.
     *
     * @return the outcome; never null, never thrown
     */
    @Override
    public DeliveryOutcome deliver(Message message) {
        Objects.requireNonNull(message, "message");
        DeliveryOutcome outcome;
        try {
            outcome = send(message);
        } catch (RuntimeException e) {
            // Last line of defence: a notifier reports, it does not throw. Unknown, so worth a retry.
            LOG.warn("Unexpected failure delivering message {} to recipient {}", message.messageId(), message.recipient().actorId(), e);
            outcome = new RetryableFailure("unexpected failure: " + e.getClass().getName(), Optional.empty());
        }
        log(message, outcome);
        return outcome;
    }

    private DeliveryOutcome send(Message message) {
        if (message.recipient().channel() != Channel.EMAIL) {
            return new PermanentFailure("recipient.channel is " + message.recipient().channel() + "; this notifier delivers EMAIL only");
        }
        InternetAddress to;
        MimeMessage mime;
        try {
            to = composer.recipient(message);
            mime = composer.compose(message, to);
        } catch (UnsendableMessageException e) {
            return new PermanentFailure(e.getMessage());
        } catch (MessagingException e) {
            return new PermanentFailure("the mail cannot be composed: " + e.getMessage());
        }
        return connector.send(mime, to, composer.messageIdOf(message));
    }

    private void log(Message message, DeliveryOutcome outcome) {
        String id = message.messageId();
        String actor = message.recipient().actorId();
        if (outcome instanceof Delivered) {
            LOG.debug("Delivered message {} to recipient {} through {}", id, actor, connector.endpoint());
        } else if (outcome instanceof RetryableFailure f) {
            LOG.info("Delivery of message {} to recipient {} failed, may be retried: {}", id, actor, f.reason());
        } else if (outcome instanceof PermanentFailure f) {
            LOG.warn("Delivery of message {} to recipient {} failed for good: {}", id, actor, f.reason());
        }
    }

    /** The server, the security, whether it authenticates, and the sender; never the credentials. */
    @Override
    public String toString() {
        return description;
    }

    private static Duration orDefault(@Nullable Duration value, Duration fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Configures an {@link SmtpNotifier}. Each setter checks its argument at once and may be called
     * once; {@link #build()} checks the combination.
     *
     * <p>Not thread-safe; the notifier it builds is.
     */
    public static final class Builder {

        static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
        static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
        static final int DEFAULT_MAX_CONNECTIONS = 4;
        static final int DEFAULT_MAX_MAILS_PER_CONNECTION = 100;
        static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

        private @Nullable String host;
        private @Nullable Integer port;
        private @Nullable SmtpSecurity security;
        private @Nullable String username;
        private @Nullable String password;
        private @Nullable String fromAddress;
        private @Nullable String fromName;
        private @Nullable String replyTo;
        private @Nullable Duration connectTimeout;
        private @Nullable Duration readTimeout;
        private @Nullable Duration writeTimeout;
        private @Nullable SSLSocketFactory sslSocketFactory;
        private @Nullable String messageIdDomain;
        private @Nullable Clock clock;
        private @Nullable Integer maxConnections;
        private @Nullable Integer maxMailsPerConnection;
        private @Nullable Duration idleTimeout;

        private Builder() {}

        /**
         * The most SMTP connections open at once, 1 to 100 (default 4): as many threads can deliver in
         * parallel; more wait for a connection. Use what the server allows per client.
         *
         * @param value the number of connections, 1 to 100
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder maxConnections(int value) {
            once(maxConnections, "maxConnections");
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("maxConnections must be between 1 and 100, was " + value);
            }
            maxConnections = value;
            return this;
        }

        /**
         * The most mails sent over one connection before it is closed, 1 to 10,000 (default 100); 1 opens
         * a connection for every mail.
         *
         * @param value the number of mails, 1 to 10,000
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder maxMailsPerConnection(int value) {
            once(maxMailsPerConnection, "maxMailsPerConnection");
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("maxMailsPerConnection must be between 1 and 10000, was " + value);
            }
            maxMailsPerConnection = value;
            return this;
        }

        /**
         * How long an unused connection is kept for reuse (default 30 seconds); zero closes each
         * connection as soon as no mail waits for it. Keep it below the server's own idle limit.
         *
         * @param value the idle time, zero or more
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder idleTimeout(Duration value) {
            once(idleTimeout, "idleTimeout");
            Objects.requireNonNull(value, "idleTimeout must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException("idleTimeout must not be negative, was " + value);
            }
            idleTimeout = value;
            return this;
        }

        /**
         * The SMTP server's host name or IP address. Required.
         *
         * @param value the host, without blanks or control characters
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is blank or has blanks or control characters
         */
        public Builder host(String value) {
            once(host, "host");
            requireText(value, "host");
            if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException("host must not contain whitespace or control characters");
            }
            host = value;
            return this;
        }

        /**
         * The server's port, 1 to 65535. Default: {@link SmtpSecurity#defaultPort()} of the security.
         *
         * @param value the port
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder port(int value) {
            once(port, "port");
            if (value < 1 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, was " + value);
            }
            port = value;
            return this;
        }

        /**
         * How the connection is protected. Required: there is no default, the choice is yours to make.
         *
         * @param value the security
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder security(SmtpSecurity value) {
            once(security, "security");
            security = Objects.requireNonNull(value, "security must not be null");
            return this;
        }

        /**
         * Authenticate as {@code username} with {@code password} (needs {@link SmtpSecurity#STARTTLS} or
         * {@link SmtpSecurity#TLS}). The password is never logged nor shown by {@code toString()}.
         *
         * @param username the user name, not blank
         * @param password the password, not empty
         * @return this builder
         * @throws IllegalStateException if credentials were already set
         * @throws IllegalArgumentException if the user name is blank or the password empty
         */
        public Builder credentials(String username, String password) {
            if (this.username != null) {
                throw new IllegalStateException("credentials were already set");
            }
            requireText(username, "username");
            Objects.requireNonNull(password, "password must not be null");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("password must not be empty");
            }
            this.username = username;
            this.password = password;
            return this;
        }

        /**
         * The sender address, without a display name. Required (this or {@link #from(String, String)}).
         *
         * @param address the mail address, e.g. {@code desk@example.com}
         * @return this builder
         * @throws IllegalStateException if a sender was already set
         * @throws IllegalArgumentException if the address is not one valid mail address
         */
        public Builder from(String address) {
            once(fromAddress, "from");
            fromAddress = checkedAddress(address, "from").getAddress();
            return this;
        }

        /**
         * The sender address and the display name shown with it (no CR or LF).
         *
         * @param address the mail address, e.g. {@code desk@example.com}
         * @param displayName the name, e.g. {@code Example Service Desk}
         * @return this builder
         * @throws IllegalStateException if a sender was already set
         * @throws IllegalArgumentException if the address is not one valid mail address or the name is blank
         */
        public Builder from(String address, String displayName) {
            once(fromAddress, "from");
            requireText(displayName, "from display name");
            InternetAddress checked = checkedAddress(address, "from");
            try {
                MailAddresses.withName(checked, displayName, "from display name");
            } catch (UnsendableMessageException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            fromAddress = checked.getAddress();
            fromName = displayName;
            return this;
        }

        /**
         * The address replies go to, if not the sender's (a desk address that turns replies into comments, say).
         *
         * @param address the mail address
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if the address is not one valid mail address
         */
        public Builder replyTo(String address) {
            once(replyTo, "replyTo");
            replyTo = checkedAddress(address, "replyTo").getAddress();
            return this;
        }

        /**
         * How long to wait for the TCP connection. Default 10 seconds.
         *
         * @param value the timeout, 1 ms to about 24 days
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder connectTimeout(Duration value) {
            once(connectTimeout, "connectTimeout");
            connectTimeout = checkedTimeout(value, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for each reply of the server. Default 30 seconds.
         *
         * @param value the timeout, 1 ms to about 24 days
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder readTimeout(Duration value) {
            once(readTimeout, "readTimeout");
            readTimeout = checkedTimeout(value, "readTimeout");
            return this;
        }

        /**
         * How long to wait for each write to the server. Default 30 seconds.
         *
         * @param value the timeout, 1 ms to about 24 days
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder writeTimeout(Duration value) {
            once(writeTimeout, "writeTimeout");
            writeTimeout = checkedTimeout(value, "writeTimeout");
            return this;
        }

        /**
         * The factory for TLS sockets, for a server whose certificate the JVM's default trust store
         * does not trust (a private CA). The host name is verified all the same. Default: the JVM's.
         *
         * @param value the factory
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder sslSocketFactory(SSLSocketFactory value) {
            once(sslSocketFactory, "sslSocketFactory");
            sslSocketFactory = Objects.requireNonNull(value, "sslSocketFactory must not be null");
            return this;
        }

        /**
         * The domain on the right of the generated {@code Message-ID}s and thread roots. Default: the
         * sender's domain. Changing it changes every id, so mails sent before and after no longer
         * thread together.
         *
         * @param value the domain, e.g. {@code example.com}
         * @return this builder
         * @throws IllegalStateException if it was already set
         * @throws IllegalArgumentException if {@code value} is blank or not a domain
         */
        public Builder messageIdDomain(String value) {
            once(messageIdDomain, "messageIdDomain");
            requireText(value, "messageIdDomain");
            try {
                messageIdDomain = MailAddresses.domain(value, "messageIdDomain");
            } catch (UnsendableMessageException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            return this;
        }

        /**
         * The clock of the {@code Date} header. Default: the system clock in UTC.
         *
         * @param value the clock
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder clock(Clock value) {
            once(clock, "clock");
            clock = Objects.requireNonNull(value, "clock must not be null");
            return this;
        }

        /**
         * A notifier with this configuration. It does not connect: it can be built while the server is
         * down.
         *
         * @throws IllegalStateException if {@code host}, {@code security} or {@code from} is missing, or
         *     credentials or a socket factory are given with {@link SmtpSecurity#NONE}
         * @return the notifier, immutable and thread-safe
         */
        public SmtpNotifier build() {
            if (host == null) {
                throw new IllegalStateException("host is required");
            }
            if (security == null) {
                throw new IllegalStateException("security is required: NONE, STARTTLS or TLS");
            }
            if (fromAddress == null) {
                throw new IllegalStateException("from is required");
            }
            if (security == SmtpSecurity.NONE && username != null) {
                throw new IllegalStateException("credentials must not travel over an unencrypted connection: use STARTTLS or TLS");
            }
            if (security == SmtpSecurity.NONE && sslSocketFactory != null) {
                throw new IllegalStateException("an sslSocketFactory needs security STARTTLS or TLS");
            }
            try {
                InternetAddress from = MailAddresses.address(fromAddress, "from");
                if (fromName != null) {
                    from = MailAddresses.withName(from, fromName, "from display name");
                }
                Optional<InternetAddress> reply = replyTo == null ? Optional.empty() : Optional.of(MailAddresses.address(replyTo, "replyTo"));
                String idDomain = messageIdDomain != null ? messageIdDomain : MailAddresses.domainOf(from).toLowerCase(Locale.ROOT);
                return new SmtpNotifier(this, from, reply, idDomain);
            } catch (UnsendableMessageException e) {
                throw new IllegalStateException(e.getMessage(), e); // checked by the setters already
            }
        }

        private static void once(@Nullable Object current, String field) {
            if (current != null) {
                throw new IllegalStateException(field + " was already set");
            }
        }

        private static void requireText(String value, String field) {
            Objects.requireNonNull(value, () -> field + " must not be null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
        }

        private static InternetAddress checkedAddress(String value, String field) {
            requireText(value, field);
            try {
                return MailAddresses.address(value, field);
            } catch (UnsendableMessageException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }

        private static Duration checkedTimeout(Duration value, String field) {
            Objects.requireNonNull(value, () -> field + " must not be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(field + " must be positive, was " + value);
            }
            if (value.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(field + " must be at most " + Integer.MAX_VALUE + " ms, was " + value);
            }
            if (value.toMillis() == 0) {
                throw new IllegalArgumentException(field + " must be at least 1 ms (0 would mean: wait forever), was " + value);
            }
            return value;
        }
    }
}
