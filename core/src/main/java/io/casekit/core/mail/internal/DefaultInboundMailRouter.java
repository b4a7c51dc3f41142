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
package io.casekit.core.mail.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.internal.SafeObserver;
import io.casekit.core.mail.InboundMail;
import io.casekit.core.mail.InboundMailRouter;
import io.casekit.core.mail.RefusalReason;
import io.casekit.core.mail.Routing.Accepted;
import io.casekit.core.mail.Routing.Outcome;
import io.casekit.core.mail.Routing.Refused;
import io.casekit.core.mail.Routing;
import io.casekit.core.observe.Observation.MailRouted;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.CasekitException;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link InboundMailRouter} of {@link io.casekit.core.Casekit}. Immutable and thread-safe. */
public final class DefaultInboundMailRouter implements InboundMailRouter {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMailRouter.class);
    private static final int CONFLICT_RETRIES = 3;
    /** The most characters of a mail a refusal quotes. */
    private static final int QUOTED = 80;

    private final SafeObserver observer;
    private final CaseService cases;
    private final CaseStore store;
    private final IdentityProvider identity;
    private final Function<String, WorkflowDefinition> definitionForNewCase;
    private final SubjectTokens tokens;
    private final Optional<String> caseType;
    private final Map<String, String> customFields;

    /**
     * A router that opens new cases with the first case type of their definition. Hosts get theirs
     * from {@link io.casekit.core.Casekit#mailRouter()} rather than building one.
     *
     * @param cases the case operations that comments and new cases go through, as the sender
     * @param store the store, to find a case by the number in a subject
     * @param identity the directory that knows senders by mail address
     * @param definitions every definition whose cases mail may name
     * @param definitionForNewCase the definition a new case of a customer (by id) follows
     */
    public DefaultInboundMailRouter(CaseService cases, CaseStore store, IdentityProvider identity, List<WorkflowDefinition> definitions,
            Function<String, WorkflowDefinition> definitionForNewCase) {
        this(cases, store, identity, definitions, definitionForNewCase, SafeObserver.NONE);
    }

    /**
     * A router for the definitions that tells an observer of every mail it routes.
     *
     * @param cases the case operations that comments and new cases go through, as the sender
     * @param store the store, to find a case by the number in a subject
     * @param identity the directory that knows senders by mail address
     * @param definitions every definition whose cases mail may name
     * @param definitionForNewCase the definition a new case of a customer (by id) follows
     * @param observer told of each mail's outcome
     */
    public DefaultInboundMailRouter(CaseService cases, CaseStore store, IdentityProvider identity, List<WorkflowDefinition> definitions,
            Function<String, WorkflowDefinition> definitionForNewCase, SafeObserver observer) {
        this(cases, store, identity, definitionForNewCase, new SubjectTokens(definitions), Optional.empty(), Map.of(), observer);
    }

    private DefaultInboundMailRouter(CaseService cases, CaseStore store, IdentityProvider identity,
            Function<String, WorkflowDefinition> definitionForNewCase, SubjectTokens tokens, Optional<String> caseType,
            Map<String, String> customFields, SafeObserver observer) {
        this.observer = requireNonNull(observer, "observer");
        this.cases = requireNonNull(cases, "cases");
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.definitionForNewCase = requireNonNull(definitionForNewCase, "definitionForNewCase");
        this.tokens = tokens;
        this.caseType = caseType;
        this.customFields = Map.copyOf(customFields);
    }

    /**
     * A router whose new cases get this case type (default: the first case type of the customer's
     * definition). A desk with one mailbox per domain uses one router per mailbox.
     *
     * @param code a case type code of the definitions new cases follow
     * @return a new router; this one is unchanged
     */
    @Override
    public InboundMailRouter openingCasesOfType(String code) {
        return new DefaultInboundMailRouter(cases, store, identity, definitionForNewCase, tokens, Optional.of(requireNonNull(code, "caseType")),
                customFields, observer);
    }

    /**
     * A router whose new cases get this custom field value too (a required field, say).
     *
     * @param field the custom field's name
     * @param value the value, as text
     * @return a new router; this one is unchanged
     */
    @Override
    public InboundMailRouter openingCasesWith(String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(customFields);
        fields.put(requireNonNull(field, "field"), requireNonNull(value, "value"));
        return new DefaultInboundMailRouter(cases, store, identity, definitionForNewCase, tokens, caseType, fields, observer);
    }

    /**
     * Routes one mail.
     *
     * @param mail the mail, as the host's mail reader parsed it
     * @return what became of it; a refusal changed nothing
     * @throws ConcurrentCaseUpdateException if the case kept changing while the comment was added
     *     (retryable: route the mail again)
     */
    @Override
    public Routing route(InboundMail mail) {
        requireNonNull(mail, "mail");
        Routing routing = decide(mail);
        if (routing instanceof Refused refused) {
            observer.observe(new MailRouted(refused.reason().name(), false));
            LOG.info("inbound mail refused: {} ({})", refused.reason(), refused.message());
        } else if (routing instanceof Accepted accepted) {
            observer.observe(new MailRouted(accepted.outcome().name(), true));
            LOG.info("inbound mail from {}: {} on case {}", accepted.sender(), accepted.outcome(), accepted.result().number());
        }
        return routing;
    }

    private Routing decide(InboundMail mail) {
        Optional<String> address = MailText.address(mail.from());
        if (address.isEmpty()) {
            return new Refused(RefusalReason.UNKNOWN_SENDER, "the sender is not one plain mail address");
        }
        Optional<Actor> sender = identity.findByEmail(address.get());
        if (sender.isEmpty()) {
            return new Refused(RefusalReason.UNKNOWN_SENDER, "no contact is known by " + MailText.truncate(address.get(), QUOTED));
        }
        Actor contact = sender.get();
        if (contact.kind() != ActorKind.CONTACT) {
            return new Refused(RefusalReason.NOT_A_CONTACT, MailText.truncate(address.get(), QUOTED) + " belongs to " + contact.kind() + " " + contact.id()
                    + ", not to a customer's contact");
        }
        String subject = MailText.subject(mail.subject());
        String body = MailText.body(mail.text());
        SubjectTokens.Found found = tokens.find(subject);
        if (!found.malformed().isEmpty()) {
            return new Refused(RefusalReason.MALFORMED_TOKEN,
                    "the subject has a malformed case token: " + MailText.truncate(found.malformed().get(0), QUOTED));
        }
        if (found.numbers().size() > 1) {
            return new Refused(RefusalReason.AMBIGUOUS_TOKENS, "the subject names several cases: " + found.numbers());
        }
        if (found.numbers().size() == 1) {
            return comment(contact, found.numbers().get(0), body, mail);
        }
        return open(contact, subject, body, mail);
    }

    private Routing comment(Actor contact, String number, String body, InboundMail mail) {
        Optional<Case> target = store.findByNumber(number);
        if (target.isEmpty() || !contact.customerId().equals(Optional.of(target.get().customerId()))) {
            // The same answer for both, so that a contact cannot learn which numbers exist elsewhere.
            if (target.isPresent()) {
                LOG.warn("inbound mail from contact {} of customer {} names case {} of customer {}; refused as an unknown case",
                        contact.id(), contact.customerId().orElse("?"), number, target.get().customerId());
            }
            return new Refused(RefusalReason.UNKNOWN_CASE, "no case of your customer has the number " + number);
        }
        if (body.isEmpty()) {
            return new Refused(RefusalReason.EMPTY_MESSAGE, "the mail has no text to add to case " + number);
        }
        AddComment command = new AddComment(target.get().id(), MailText.truncate(body, CaseCommand.MAX_TEXT), Visibility.PUBLIC);
        for (int attempt = 1; ; attempt++) {
            try {
                return new Accepted(Outcome.COMMENT_ADDED, cases.execute(contact.id(), command), contact.id(), mail.attachments());
            } catch (ConcurrentCaseUpdateException e) {
                if (attempt == CONFLICT_RETRIES) {
                    throw e;
                }
            } catch (IllegalTransitionException e) {
                return new Refused(RefusalReason.CASE_NOT_OPEN, e.getMessage());
            } catch (CaseNotFoundException e) {
                return new Refused(RefusalReason.UNKNOWN_CASE, e.getMessage());
            } catch (CasekitException e) {
                return new Refused(RefusalReason.REFUSED_BY_WORKFLOW, e.getMessage());
            }
        }
    }

    private Routing open(Actor contact, String subject, String body, InboundMail mail) {
        Optional<String> title = Optional.of(subject).filter(s -> !s.isEmpty()).or(() -> MailText.firstLine(body));
        if (title.isEmpty()) {
            return new Refused(RefusalReason.EMPTY_MESSAGE, "the mail has neither a subject nor a text");
        }
        String customer = contact.customerId().orElseThrow();
        OpenCase.Builder command = OpenCase.builder()
                .title(MailText.truncate(MailText.subject(title.get()), CaseCommand.MAX_TITLE))
                .description(MailText.truncate(body.isEmpty() ? title.get() : body, CaseCommand.MAX_TEXT))
                .caseType(caseType.orElseGet(() -> definitionForNewCase.apply(customer).caseTypes().get(0).code()));
        customFields.forEach(command::customField);
        try {
            return new Accepted(Outcome.CASE_OPENED, cases.execute(contact.id(), command.build()), contact.id(), mail.attachments());
        } catch (CasekitException e) {
            return new Refused(RefusalReason.REFUSED_BY_WORKFLOW, e.getMessage());
        }
    }
}
