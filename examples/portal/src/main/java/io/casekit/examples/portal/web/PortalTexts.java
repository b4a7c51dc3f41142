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
package io.casekit.examples.portal.web;

import io.casekit.core.Casekit;
import io.casekit.core.workflow.Labels;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.PortalSettings;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the templates show of a case, in the user's language and time zone: the labels of status
 * reasons, priorities, case types, stages and views from the case's own workflow definition, names
 * of people and customers, and times. Templates reach it as {@code @texts}.
 */
@Component("texts")
public class PortalTexts {

    private final Casekit casekit;
    private final IdentityProvider identity;
    private final PortalSettings settings;

    /**
     * @param casekit the definitions
     * @param identity the names of people and customers
     * @param settings the portal's time zone
     */
    public PortalTexts(Casekit casekit, IdentityProvider identity, PortalSettings settings) {
        this.casekit = casekit;
        this.identity = identity;
        this.settings = settings;
    }

    /**
     * @param c a case
     * @return its status reason's label
     */
    public String status(Case c) {
        return status(definition(c), c.statusReason());
    }

    /**
     * @param definition a definition
     * @param code a status reason's code
     * @return its label, or the code when the definition has no such status
     */
    public String status(WorkflowDefinition definition, String code) {
        return label(definition.statusReasons().stream(), s -> s.code().equals(code), s -> s.labels(), code);
    }

    /**
     * @param c a case
     * @return its priority's label
     */
    public String priority(Case c) {
        return priority(definition(c), c.priority());
    }

    /**
     * @param definition a definition
     * @param code a priority's code
     * @return its label
     */
    public String priority(WorkflowDefinition definition, String code) {
        return label(definition.priorities().stream(), p -> p.code().equals(code), p -> p.labels(), code);
    }

    /**
     * @param c a case
     * @return its case type's label
     */
    public String caseType(Case c) {
        return caseType(definition(c), c.caseType());
    }

    /**
     * @param definition a definition
     * @param code a case type's code
     * @return its label
     */
    public String caseType(WorkflowDefinition definition, String code) {
        return label(definition.caseTypes().stream(), t -> t.code().equals(code), t -> t.labels(), code);
    }

    /**
     * @param c a case
     * @return its stage's label, or empty text when it has no stage
     */
    public String stage(Case c) {
        return c.stage().map(code -> stage(definition(c), code)).orElse("");
    }

    /**
     * @param definition a definition
     * @param code a stage's code
     * @return its label
     */
    public String stage(WorkflowDefinition definition, String code) {
        return label(definition.stagePipelines().stream().flatMap(p -> p.stages().stream()), s -> s.code().equals(code),
                s -> s.labels(), code);
    }

    /**
     * @param definition a definition
     * @param code a view's code
     * @return its label
     */
    public String view(WorkflowDefinition definition, String code) {
        return label(definition.views().stream(), v -> v.code().equals(code), v -> v.labels(), code);
    }

    /**
     * @param definition a definition
     * @param name a custom field's name
     * @return its label
     */
    public String field(WorkflowDefinition definition, String name) {
        return label(definition.customFields().stream(), f -> f.name().equals(name), f -> f.labels(), name);
    }

    /**
     * @param definition a definition
     * @param code an approval kind's code
     * @return its label
     */
    public String approval(WorkflowDefinition definition, String code) {
        return label(definition.approvals().stream(), a -> a.code().equals(code), a -> a.labels(), code);
    }

    /**
     * @param c a case
     * @return the definition it runs under
     */
    public WorkflowDefinition definition(Case c) {
        return casekit.definition(c.definition());
    }

    /**
     * @param customerId a customer
     * @return its name
     */
    public String customer(String customerId) {
        return identity.findCustomer(customerId).map(c -> c.name()).orElse(customerId);
    }

    /**
     * @param actor who did something
     * @return the actor's name ("system" for Casekit itself)
     */
    public String actor(ActorRef actor) {
        return actor.kind() == ActorKind.SYSTEM ? "Casekit" : person(actor.id());
    }

    /**
     * @param actorId a person
     * @return the person's name
     */
    public String person(String actorId) {
        return identity.findActor(actorId).map(a -> a.displayName()).orElse(actorId);
    }

    /**
     * @param owner a case's owner
     * @return an agent's name or a team's id
     */
    public String owner(Optional<Owner> owner) {
        return owner.map(o -> o instanceof Owner.Agent agent ? person(agent.id()) : o.id()).orElse("");
    }

    /**
     * @param at an instant
     * @return it in the portal's time zone and the user's language, to the minute
     */
    public String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale()).withZone(settings.zone()).format(at);
    }

    /**
     * @param at an instant, maybe absent
     * @return it formatted, or empty text
     */
    public String time(Optional<Instant> at) {
        return at.map(this::time).orElse("");
    }

    /** {@return the portal's time zone, as the pages name it} */
    public String zone() {
        return settings.zone().getId();
    }

    private static <T> String label(Stream<T> items, java.util.function.Predicate<T> match, Function<T, Labels> labels,
            String fallback) {
        return items.filter(match).findFirst().map(labels).map(l -> l.isEmpty() ? fallback : l.text(locale())).orElse(fallback);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
