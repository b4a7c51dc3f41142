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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.mail.Routing.Refused;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import org.apiguardian.api.API;

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
 * Mail bodies are never logged. Hosts get it from {@link io.casekit.core.Casekit#mailRouter()}; immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface InboundMailRouter {

    /**
     * A router whose new cases get this case type (default: the first case type of the customer's
     * definition). A desk with one mailbox per domain uses one router per mailbox.
     *
     * @param code a case type code of the definitions new cases follow
     * @return a new router; this one is unchanged
     */
    InboundMailRouter openingCasesOfType(String code);

    /**
     * A router whose new cases get this custom field value too (a required field, say).
     *
     * @param field the custom field's name
     * @param value the value, as text
     * @return a new router; this one is unchanged
     */
    InboundMailRouter openingCasesWith(String field, String value);

    /**
     * Routes one mail.
     *
     * @param mail the mail, as the host's mail reader parsed it
     * @return what became of it; a refusal changed nothing
     * @throws ConcurrentCaseUpdateException if the case kept changing while the comment was added
     *     (retryable: route the mail again)
     */
    Routing route(InboundMail mail);
}
