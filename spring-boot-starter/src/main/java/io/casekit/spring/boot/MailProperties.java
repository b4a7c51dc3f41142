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
package io.casekit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.spring.boot.internal.PositiveDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** How mail is sent over SMTP; each unset value falls back to {@code spring.mail.*}. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class MailProperties {

    /** Whether Casekit sends mail at all when a host is configured. */
    private boolean enabled = true;

    /** The SMTP server's host name. */
    private @Nullable String host;

    /** The SMTP server's port (default: 25, 587 or 465 by security). */
    private @Nullable Integer port;

    /** NONE, STARTTLS or TLS (default: TLS for spring.mail.protocol=smtps, STARTTLS with credentials or mail.smtp.starttls.enable, else NONE). */
    private @Nullable SmtpSecurity security;

    /** The user name to log in with (needs STARTTLS or TLS). */
    private @Nullable String username;

    /** The password to log in with; never logged. */
    private @Nullable String password;

    /** The sender address of every mail (required to send mail). */
    private @Nullable String from;

    /** The sender's display name. */
    private @Nullable String fromName;

    /** The Reply-To address (default: none). */
    private @Nullable String replyTo;

    /** How many SMTP connections are kept open at most (default 4). */
    private @Nullable @Min(1) @Max(100) Integer maxConnections;

    /** How long a connection attempt may take (default 10 seconds). */
    private @Nullable @PositiveDuration Duration connectTimeout;

    /** How long a read from the server may take (default 30 seconds). */
    private @Nullable @PositiveDuration Duration readTimeout;

    /** The domain of generated Message-ID headers (default: the from address's domain). */
    private @Nullable String messageIdDomain;

    /** {@return whether mail is sent when a host is configured} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether mail is sent when a host is configured */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the SMTP host, if set} */
    public @Nullable String getHost() {
        return host;
    }

    /** @param host the SMTP host */
    public void setHost(@Nullable String host) {
        this.host = host;
    }

    /** {@return the SMTP port, if set} */
    public @Nullable Integer getPort() {
        return port;
    }

    /** @param port the SMTP port */
    public void setPort(@Nullable Integer port) {
        this.port = port;
    }

    /** {@return the connection security, if set} */
    public @Nullable SmtpSecurity getSecurity() {
        return security;
    }

    /** @param security the connection security */
    public void setSecurity(@Nullable SmtpSecurity security) {
        this.security = security;
    }

    /** {@return the user name, if set} */
    public @Nullable String getUsername() {
        return username;
    }

    /** @param username the user name */
    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    /** {@return the password, if set} */
    public @Nullable String getPassword() {
        return password;
    }

    /** @param password the password */
    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    /** {@return the sender address, if set} */
    public @Nullable String getFrom() {
        return from;
    }

    /** @param from the sender address */
    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    /** {@return the sender's display name, if set} */
    public @Nullable String getFromName() {
        return fromName;
    }

    /** @param fromName the sender's display name */
    public void setFromName(@Nullable String fromName) {
        this.fromName = fromName;
    }

    /** {@return the Reply-To address, if set} */
    public @Nullable String getReplyTo() {
        return replyTo;
    }

    /** @param replyTo the Reply-To address */
    public void setReplyTo(@Nullable String replyTo) {
        this.replyTo = replyTo;
    }

    /** {@return how many connections are kept open at most, if set} */
    public @Nullable Integer getMaxConnections() {
        return maxConnections;
    }

    /** @param maxConnections how many connections are kept open at most */
    public void setMaxConnections(@Nullable Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** {@return how long a connection attempt may take, if set} */
    public @Nullable Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout how long a connection attempt may take */
    public void setConnectTimeout(@Nullable Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return how long a read may take, if set} */
    public @Nullable Duration getReadTimeout() {
        return readTimeout;
    }

    /** @param readTimeout how long a read may take */
    public void setReadTimeout(@Nullable Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** {@return the Message-ID domain, if set} */
    public @Nullable String getMessageIdDomain() {
        return messageIdDomain;
    }

    /** @param messageIdDomain the Message-ID domain */
    public void setMessageIdDomain(@Nullable String messageIdDomain) {
        this.messageIdDomain = messageIdDomain;
    }
}
