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

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
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
    private Map<String, CustomerProperties> customers = new LinkedHashMap<>();

    /**
     * A YAML resource that maps customer ids to definition ids (lines such as "acme: it-services-acme"), read
     * in addition to casekit.customers; a customer named in both is refused.
     */
    private @Nullable Resource customersResource;

    /** This node's name in timer and notification leases (default: a random one); unique among the nodes sharing a store. */
    private @Nullable String nodeId;

    /** Where cases are kept. */
    @Valid
    @NestedConfigurationProperty
    private final StoreProperties store = new StoreProperties();

    /** How mail is sent; falls back to spring.mail.* for what is not set here. */
    @Valid
    @NestedConfigurationProperty
    private final MailProperties mail = new MailProperties();

    /** The timer scheduler of this node. */
    @Valid
    @NestedConfigurationProperty
    private final SchedulerProperties scheduler = new SchedulerProperties();

    /** The notification dispatcher of this node. */
    @Valid
    @NestedConfigurationProperty
    private final DispatcherProperties dispatcher = new DispatcherProperties();

    /** Where uploaded files are kept. */
    @Valid
    @NestedConfigurationProperty
    private final AttachmentProperties attachments = new AttachmentProperties();

    /** When the health indicators report Casekit as down. */
    @Valid
    @NestedConfigurationProperty
    private final HealthProperties health = new HealthProperties();

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
    public Map<String, CustomerProperties> getCustomers() {
        return customers;
    }

    /** @param customers the customers with a definition of their own, by customer id */
    public void setCustomers(Map<String, CustomerProperties> customers) {
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
    public StoreProperties getStore() {
        return store;
    }

    /** {@return the mail settings} */
    public MailProperties getMail() {
        return mail;
    }

    /** {@return the scheduler settings} */
    public SchedulerProperties getScheduler() {
        return scheduler;
    }

    /** {@return the dispatcher settings} */
    public DispatcherProperties getDispatcher() {
        return dispatcher;
    }

    /** {@return the attachment settings} */
    public AttachmentProperties getAttachments() {
        return attachments;
    }

    /** {@return the health thresholds} */
    public HealthProperties getHealth() {
        return health;
    }







}
