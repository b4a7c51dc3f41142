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
package io.casekit.core.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.mail.Routing.Accepted;
import io.casekit.core.mail.Routing.Outcome;
import io.casekit.core.mail.Routing.Refused;
import io.casekit.core.mail.internal.MailText;
import io.casekit.core.mail.internal.SubjectTokens;
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
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns inbound mail into case work (guides 001 and 003: customers answer by replying to the mails
 * with the case number in the subject, and mail to the desk becomes a case):
 *
 * <ul>
 *   <li>a subject with the tracking token of an existing case, from a contact of that case's
 *       customer, adds the mail's text as a public comment by that contact (which moves a case that
 *       waits on the customer back to the desk, as the definition says);
 *   <li>a subject without a token, from a known contact, opens a new case of the contact's customer
 *       with the subject as title and the text as description;
 *   <li>anything else is {@link Refused refused} with a reason, and nothing changes: an unknown
 *       sender, a sender who is not a contact, a malformed token, a token of an unknown case or of
 *       another customer's case, several cases in one subject, a mail without text, or a comment or
 *       case the workflow refuses.
 * </ul>
 *
 * <p>The sender is the one mailbox of the mail's {@code From} header (RFC 5322), which the host has
 * verified (DMARC alignment of SPF or DKIM, or its gateway's verdict) before it routes the mail; the
 * envelope sender ({@code MAIL FROM}, {@code Return-Path}), {@code Sender} and {@code Reply-To} are not
 * read. A {@code From} that is not exactly one mailbox (two addresses, a group, a second address in
 * angle brackets, an address as display name) is refused as {@link RefusalReason#UNKNOWN_SENDER}:
 * the router never guesses which of several senders is meant.
 *
 * <p>A token of a case of another customer is refused exactly as a token of no case
 * ({@link RefusalReason#UNKNOWN_CASE}, the same message), so that a contact cannot walk the case
 * numbers to learn which exist; the difference is logged (at WARN) for the desk, never returned.
 *
 * <p>Tokens are matched after a normalisation, so that what mail clients and people do to a token on
 * its way back still finds the case: the subject is put in Unicode compatibility form (NFKC: full-width
 * {@code ［ＣＡＳ－…］} is {@code [CAS-…]}), format characters (zero-width spaces, bidirectional marks)
 * are dropped, blanks inside a token are removed and letter case is ignored ({@code [cas-00001-abc def]}
 * names {@code CAS-00001-ABCDEF}). Look-alike characters are not folded: a token that would be a
 * number if its non-ASCII letters or digits (a Cyrillic {@code С}, say) were ASCII ones is refused as
 * {@link RefusalReason#MALFORMED_TOKEN}, neither attributed to a case nor opened as a new one.
 *
 * <p>Line breaks in the subject (a folded header, or an attempt to smuggle in headers) are spaces.
 * Mail bodies are never logged. Made by {@link io.casekit.core.Casekit#mailRouter()}; immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InboundMailRouter {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMailRouter.class);
    private static final int CONFLICT_RETRIES = 3;
    /** The most characters of a mail a refusal quotes. */
    private static final int QUOTED = 80;

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
    public InboundMailRouter(CaseService cases, CaseStore store, IdentityProvider identity, List<WorkflowDefinition> definitions,
            Function<String, WorkflowDefinition> definitionForNewCase) {
        this(cases, store, identity, definitionForNewCase, new SubjectTokens(definitions), Optional.empty(), Map.of());
    }

    private InboundMailRouter(CaseService cases, CaseStore store, IdentityProvider identity,
            Function<String, WorkflowDefinition> definitionForNewCase, SubjectTokens tokens, Optional<String> caseType,
            Map<String, String> customFields) {
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
    public InboundMailRouter openingCasesOfType(String code) {
        return new InboundMailRouter(cases, store, identity, definitionForNewCase, tokens, Optional.of(requireNonNull(code, "caseType")),
                customFields);
    }

    /**
     * A router whose new cases get this custom field value too (a required field, say).
     *
     * @param field the custom field's name
     * @param value the value, as text
     * @return a new router; this one is unchanged
     */
    public InboundMailRouter openingCasesWith(String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(customFields);
        fields.put(requireNonNull(field, "field"), requireNonNull(value, "value"));
        return new InboundMailRouter(cases, store, identity, definitionForNewCase, tokens, caseType, fields);
    }

    /**
     * Routes one mail.
     *
     * @param mail the mail, as the host's mail reader parsed it
     * @return what became of it; a refusal changed nothing
     * @throws ConcurrentCaseUpdateException if the case kept changing while the comment was added
     *     (retryable: route the mail again)
     */
    public Routing route(InboundMail mail) {
        requireNonNull(mail, "mail");
        Routing routing = decide(mail);
        if (routing instanceof Refused refused) {
            LOG.info("inbound mail refused: {} ({})", refused.reason(), refused.message());
        } else if (routing instanceof Accepted accepted) {
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
