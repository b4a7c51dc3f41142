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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Casekit's settings under {@code casekit.*}: which definitions to load and which customers use
 * which, the store, mail, the scheduler and dispatcher of this node, attachments and health
 * thresholds. Bound by Spring Boot; unset values keep the defaults documented on each property.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@ConfigurationProperties("casekit")
@Validated
public class CasekitProperties {

    /**
     * The workflow definitions to load: preset names (it-services, change-requests, ...) or Spring
     * resource locations and patterns of YAML or JSON files, which may extend each other or a
     * preset. WorkflowDefinition beans of the application are added to them.
     */
    private List<String> definitions = new ArrayList<>(List.of("classpath*:casekit/*.yaml", "classpath*:casekit/*.yml",
            "classpath*:casekit/*.json"));

    /** The id of the definition new cases follow unless their customer has its own (default: the first loaded). */
    private @Nullable String defaultDefinition;

    /** Per customer id, the definition its new cases follow. */
    private Map<String, Customer> customers = new LinkedHashMap<>();

    /**
     * A YAML resource that maps customer ids to definition ids (lines such as "acme: it-services-acme"), read
     * in addition to casekit.customers; a customer named in both is refused.
     */
    private @Nullable Resource customersResource;

    /** This node's name in timer and notification leases (default: a random one); unique among the nodes sharing a store. */
    private @Nullable String nodeId;

    /** Where cases are kept. */
    @Valid
    private final Store store = new Store();

    /** How mail is sent; falls back to spring.mail.* for what is not set here. */
    @Valid
    private final Mail mail = new Mail();

    /** The timer scheduler of this node. */
    @Valid
    private final Scheduler scheduler = new Scheduler();

    /** The notification dispatcher of this node. */
    @Valid
    private final Dispatcher dispatcher = new Dispatcher();

    /** Where uploaded files are kept. */
    @Valid
    private final Attachments attachments = new Attachments();

    /** When the health indicators report Casekit as down. */
    @Valid
    private final Health health = new Health();

    /** {@return the definitions to load: preset names or resource locations} */
    public List<String> getDefinitions() {
        return definitions;
    }

    /** @param definitions the definitions to load: preset names or resource locations */
    public void setDefinitions(List<String> definitions) {
        this.definitions = definitions;
    }

    /** {@return the id of the definition new cases follow by default, if set} */
    public @Nullable String getDefaultDefinition() {
        return defaultDefinition;
    }

    /** @param defaultDefinition the id of the definition new cases follow by default */
    public void setDefaultDefinition(@Nullable String defaultDefinition) {
        this.defaultDefinition = defaultDefinition;
    }

    /** {@return the customers with a definition of their own, by customer id} */
    public Map<String, Customer> getCustomers() {
        return customers;
    }

    /** @param customers the customers with a definition of their own, by customer id */
    public void setCustomers(Map<String, Customer> customers) {
        this.customers = customers;
    }

    /** {@return the YAML resource mapping customer ids to definition ids, if set} */
    public @Nullable Resource getCustomersResource() {
        return customersResource;
    }

    /** @param customersResource a YAML resource mapping customer ids to definition ids */
    public void setCustomersResource(@Nullable Resource customersResource) {
        this.customersResource = customersResource;
    }

    /** {@return this node's name in leases, if set} */
    public @Nullable String getNodeId() {
        return nodeId;
    }

    /** @param nodeId this node's name in leases */
    public void setNodeId(@Nullable String nodeId) {
        this.nodeId = nodeId;
    }

    /** {@return the store settings} */
    public Store getStore() {
        return store;
    }

    /** {@return the mail settings} */
    public Mail getMail() {
        return mail;
    }

    /** {@return the scheduler settings} */
    public Scheduler getScheduler() {
        return scheduler;
    }

    /** {@return the dispatcher settings} */
    public Dispatcher getDispatcher() {
        return dispatcher;
    }

    /** {@return the attachment settings} */
    public Attachments getAttachments() {
        return attachments;
    }

    /** {@return the health thresholds} */
    public Health getHealth() {
        return health;
    }

    /** One customer's settings. */
    public static class Customer {

        /** The id of the definition this customer's new cases follow. */
        private @Nullable String definition;

        /** {@return the id of the definition this customer's new cases follow} */
        public @Nullable String getDefinition() {
            return definition;
        }

        /** @param definition the id of the definition this customer's new cases follow */
        public void setDefinition(@Nullable String definition) {
            this.definition = definition;
        }
    }

    /** Where cases are kept. */
    public static class Store {

        /**
         * Whether the JDBC store applies Casekit's pending schema migrations at start-up (its own
         * Flyway history table, casekit_schema_history). Off for teams whose DBA applies
         * JdbcCaseStore.schemaSql by hand: the store then only checks the schema.
         */
        private boolean migrate = true;

        /** {@return whether the JDBC store migrates the schema at start-up} */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate whether the JDBC store migrates the schema at start-up */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** How mail is sent over SMTP; each unset value falls back to {@code spring.mail.*}. */
    public static class Mail {

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

    /** The timer scheduler of this node. */
    public static class Scheduler {

        /** Whether this node fires due timers (SLA warnings and breaches, feedback windows, ...). */
        private boolean enabled = true;

        /** How often the scheduler looks for due timers. */
        @PositiveDuration
        private Duration pollInterval = Duration.ofSeconds(1);

        /** How long this node holds the timers it claimed before other nodes may take them. */
        @PositiveDuration
        private Duration lease = Duration.ofMinutes(1);

        /** How many due timers one claim takes at most. */
        @Min(1)
        private int batchSize = 100;

        /** {@return whether this node fires due timers} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether this node fires due timers */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return how often the scheduler looks for due timers} */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval how often the scheduler looks for due timers */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** {@return how long a claim on timers holds} */
        public Duration getLease() {
            return lease;
        }

        /** @param lease how long a claim on timers holds */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** {@return how many timers one claim takes at most} */
        public int getBatchSize() {
            return batchSize;
        }

        /** @param batchSize how many timers one claim takes at most */
        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    /** The notification dispatcher of this node. */
    public static class Dispatcher {

        /** Whether this node delivers the outbox's notifications (needs a notifier). */
        private boolean enabled = true;

        /** How often the dispatcher looks for due notifications. */
        @PositiveDuration
        private Duration pollInterval = Duration.ofSeconds(1);

        /** How long this node holds the notifications it claimed before other nodes may take them. */
        @PositiveDuration
        private Duration lease = Duration.ofMinutes(5);

        /** How many due notifications one claim takes at most. */
        @Min(1)
        private int batchSize = 20;

        /** On how many threads a claimed batch is delivered (1 to 64; at most casekit.mail.max-connections is useful). */
        @Min(1)
        @Max(64)
        private int deliveryThreads = 1;

        /** {@return whether this node delivers notifications} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether this node delivers notifications */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return how often the dispatcher looks for due notifications} */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval how often the dispatcher looks for due notifications */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** {@return how long a claim on notifications holds} */
        public Duration getLease() {
            return lease;
        }

        /** @param lease how long a claim on notifications holds */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** {@return how many notifications one claim takes at most} */
        public int getBatchSize() {
            return batchSize;
        }

        /** @param batchSize how many notifications one claim takes at most */
        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        /** {@return on how many threads a batch is delivered} */
        public int getDeliveryThreads() {
            return deliveryThreads;
        }

        /** @param deliveryThreads on how many threads a batch is delivered */
        public void setDeliveryThreads(int deliveryThreads) {
            this.deliveryThreads = deliveryThreads;
        }
    }

    /** Where uploaded files are kept. */
    public static class Attachments {

        /** A directory for uploaded files (a FileSystemAttachmentStore); without it and without an AttachmentStore bean, cases take no attachments. */
        private @Nullable Path directory;

        /** {@return the attachment directory, if set} */
        public @Nullable Path getDirectory() {
            return directory;
        }

        /** @param directory the attachment directory */
        public void setDirectory(@Nullable Path directory) {
            this.directory = directory;
        }
    }

    /** When the health indicators report Casekit as down. */
    public static class Health {

        /** The outbox is down with more undelivered notifications than this. */
        @Min(0)
        private long outboxMaxPending = 10_000;

        /** The outbox is down when its oldest undelivered notification waited longer than this. */
        @PositiveDuration
        private Duration outboxMaxAge = Duration.ofMinutes(15);

        /** The scheduler is down when the earliest due timer is overdue by more than this. */
        @PositiveDuration
        private Duration schedulerMaxLag = Duration.ofMinutes(5);

        /** {@return the most undelivered notifications that are healthy} */
        public long getOutboxMaxPending() {
            return outboxMaxPending;
        }

        /** @param outboxMaxPending the most undelivered notifications that are healthy */
        public void setOutboxMaxPending(long outboxMaxPending) {
            this.outboxMaxPending = outboxMaxPending;
        }

        /** {@return the longest healthy wait of the oldest undelivered notification} */
        public Duration getOutboxMaxAge() {
            return outboxMaxAge;
        }

        /** @param outboxMaxAge the longest healthy wait of the oldest undelivered notification */
        public void setOutboxMaxAge(Duration outboxMaxAge) {
            this.outboxMaxAge = outboxMaxAge;
        }

        /** {@return the longest healthy lag of the earliest due timer} */
        public Duration getSchedulerMaxLag() {
            return schedulerMaxLag;
        }

        /** @param schedulerMaxLag the longest healthy lag of the earliest due timer */
        public void setSchedulerMaxLag(Duration schedulerMaxLag) {
            this.schedulerMaxLag = schedulerMaxLag;
        }
    }
}
