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
package io.casekit.spring.boot.internal;

import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.spring.boot.CasekitConfigurationException;
import io.casekit.spring.boot.MailProperties;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The SMTP settings of {@code casekit.mail.*}, each unset value taken from {@code spring.mail.*}
 * (host, port, username, password; {@code protocol=smtps} means TLS, {@code
 * properties.mail.smtp.starttls.enable=true} STARTTLS). Never logs the password.
 */
public final class SmtpSettings {

    private final MailProperties mail;
    private final Environment environment;

    /**
     * @param mail Casekit's mail settings
     * @param environment where {@code spring.mail.*} is read
     */
    public SmtpSettings(MailProperties mail, Environment environment) {
        this.mail = mail;
        this.environment = environment;
    }

    /**
     * @param clock the clock of the {@code Date} header
     * @return the notifier these settings describe
     * @throws CasekitConfigurationException if no sender address is set, or the settings contradict each other
     */
    public SmtpNotifier notifier(Clock clock) {
        String host = or(mail.getHost(), "spring.mail.host");
        if (host == null) {
            throw new CasekitConfigurationException("Casekit's mail needs a host", "Set casekit.mail.host (or spring.mail.host).");
        }
        String from = mail.getFrom();
        if (from == null || from.isBlank()) {
            throw new CasekitConfigurationException("casekit.mail.from is missing: Casekit's mail has no sender address",
                    "Set casekit.mail.from to the address your portal's mail comes from, or casekit.mail.enabled=false to send no mail.");
        }
        String username = or(mail.getUsername(), "spring.mail.username");
        String password = or(mail.getPassword(), "spring.mail.password");
        SmtpSecurity security = mail.getSecurity() != null ? mail.getSecurity() : security(username);
        SmtpNotifier.Builder builder = SmtpNotifier.builder().host(host).security(security).clock(clock);
        Integer port = mail.getPort() != null ? mail.getPort() : environment.getProperty("spring.mail.port", Integer.class);
        if (port != null) {
            builder.port(port);
        }
        if (username != null) {
            if (security == SmtpSecurity.NONE) {
                throw new CasekitConfigurationException("Casekit's mail has credentials but casekit.mail.security is NONE:"
                        + " they would travel unencrypted", "Set casekit.mail.security to STARTTLS or TLS, or remove the credentials.");
            }
            builder.credentials(username, password == null ? "" : password);
        }
        if (mail.getFromName() != null) {
            builder.from(from, mail.getFromName());
        } else {
            builder.from(from);
        }
        if (mail.getReplyTo() != null) {
            builder.replyTo(mail.getReplyTo());
        }
        if (mail.getMaxConnections() != null) {
            builder.maxConnections(mail.getMaxConnections());
        }
        if (mail.getConnectTimeout() != null) {
            builder.connectTimeout(mail.getConnectTimeout());
        }
        if (mail.getReadTimeout() != null) {
            builder.readTimeout(mail.getReadTimeout());
        }
        if (mail.getMessageIdDomain() != null) {
            builder.messageIdDomain(mail.getMessageIdDomain());
        }
        return builder.build();
    }

    private SmtpSecurity security(@Nullable String username) {
        String protocol = environment.getProperty("spring.mail.protocol", "smtp").toLowerCase(Locale.ROOT);
        if (protocol.equals("smtps")) {
            return SmtpSecurity.TLS;
        }
        boolean startTls = environment.getProperty("spring.mail.properties.mail.smtp.starttls.enable", Boolean.class, false)
                || environment.getProperty("spring.mail.properties.mail.smtp.starttls.required", Boolean.class, false);
        return startTls || username != null ? SmtpSecurity.STARTTLS : SmtpSecurity.NONE;
    }

    private @Nullable String or(@Nullable String own, String springProperty) {
        return own != null && !own.isBlank() ? own : environment.getProperty(springProperty);
    }
}
