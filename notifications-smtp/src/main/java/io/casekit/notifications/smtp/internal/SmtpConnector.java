package io.casekit.notifications.smtp.internal;

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.Delivered;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one MIME message per SMTP connection: connect (TLS or {@code STARTTLS} as configured,
 * certificate and host name verified), authenticate if configured, send, quit. The Angus transport
 * classes are instantiated directly, so that no provider lookup can pick another implementation.
 * Jakarta Mail's debug output (which would print bodies and credentials) stays off.
 *
 * <p>Immutable and thread-safe: the session is shared, each send has its own connection.
 */
public final class SmtpConnector {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnector.class);

    private final String host;
    private final int port;
    private final boolean implicitTls;
    private final @Nullable String username;
    private final @Nullable String password;
    private final Session session;

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
            Optional<SSLSocketFactory> sslSocketFactory) {
        this.host = host;
        this.port = port;
        this.implicitTls = implicitTls;
        this.username = username.orElse(null);
        this.password = password.orElse(null);

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

    /** The session the MIME messages must be created in. */
    public Session session() {
        return session;
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return host + ":" + port;
    }

    /**
     * Sends {@code mime} to {@code to} over a new connection.
     *
     * @param transportId what {@link Delivered} reports as the transport id (the {@code Message-ID})
     * @return the outcome; never throws for a delivery failure
     */
    public DeliveryOutcome send(MimeMessage mime, Address to, String transportId) {
        SMTPTransport transport = implicitTls ? new SMTPSSLTransport(session, null) : new SMTPTransport(session, null);
        try {
            transport.connect(host, port, username, password);
            transport.sendMessage(mime, new Address[] {to});
            return new Delivered(Optional.of(transportId));
        } catch (MessagingException e) {
            return SmtpFailures.classify(e, transport.getLastReturnCode(), endpoint());
        } finally {
            close(transport);
        }
    }

    private void close(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // The message was accepted or the attempt has failed already: neither changes now.
            LOG.debug("Closing the SMTP connection to {} failed: {}", endpoint(), e.toString());
        }
    }
}
