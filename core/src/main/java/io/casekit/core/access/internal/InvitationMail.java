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
package io.casekit.core.access.internal;

import static java.util.stream.Collectors.joining;

import io.casekit.core.access.InvitationPolicy;
import io.casekit.core.internal.MailLanguages;
import io.casekit.spi.access.StoredInvitation;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.notify.Recipient;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mails of invitations, sent at once through the notifier: the invitation with its code (never
 * through the outbox, whose rows keep bodies in clear), and the note to the inviter that it was
 * redeemed. Dutch, English and French are built in. Never logs a code or a body. Thread-safe.
 */
final class InvitationMail {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMail.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private record Texts(String subject, String text, String redeemAt, String redeemHow, String acceptedSubject, String acceptedText) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "en", new Texts("Your invitation to the portal of {customer}", """
                    Dear {name},

                    {inviter} invites you to the customer portal of {customer}.
                    Your invitation code is: {code}
                    {redeem}
                    The code is valid until {expires} and works once.""",
                    "Redeem it at: {link}", "Enter it on the portal's \"Redeem invitation\" page.",
                    "{name} accepted your invitation", "{name} ({email}) accepted your invitation to the portal of {customer}."),
            "nl", new Texts("Uw uitnodiging voor het portaal van {customer}", """
                    Beste {name},

                    {inviter} nodigt u uit voor het klantenportaal van {customer}.
                    Uw uitnodigingscode is: {code}
                    {redeem}
                    De code is geldig tot {expires} en werkt één keer.""",
                    "Wissel hem in op: {link}", "Vul hem in op de pagina \"Uitnodiging inwisselen\" van het portaal.",
                    "{name} heeft uw uitnodiging aanvaard", "{name} ({email}) heeft uw uitnodiging voor het portaal van {customer} aanvaard."),
            "fr", new Texts("Votre invitation au portail de {customer}", """
                    Bonjour {name},

                    {inviter} vous invite au portail client de {customer}.
                    Votre code d'invitation est : {code}
                    {redeem}
                    Le code est valable jusqu'au {expires} et ne sert qu'une fois.""",
                    "Utilisez-le ici : {link}", "Saisissez-le sur la page « Utiliser une invitation » du portail.",
                    "{name} a accepté votre invitation", "{name} ({email}) a accepté votre invitation au portail de {customer}."));

    private final Notifier notifier;
    private final InvitationPolicy policy;

    InvitationMail(Notifier notifier, InvitationPolicy policy) {
        this.notifier = notifier;
        this.policy = policy;
    }

    /** Mails the invitation with its code to the invitee. */
    DeliveryOutcome sendInvitation(StoredInvitation invitation, String code, String inviterName, String customerName) {
        List<Texts> texts = MailLanguages.inOrder(TEXTS, invitation.language(), policy.alsoIn());
        String subject = texts.stream().map(t -> fill(t.subject(), invitation, inviterName, customerName, code))
                .distinct().collect(joining(" / "));
        String body = texts.stream().map(t -> fill(t.text().replace("{redeem}", policy.link().isPresent() ? t.redeemAt() : t.redeemHow()),
                invitation, inviterName, customerName, code)).collect(joining(MailLanguages.SEPARATOR));
        String id = "invitation-" + UUID.randomUUID();
        Recipient to = new Recipient("invitee:" + invitation.id(), invitation.displayName(), Channel.EMAIL, invitation.email(),
                invitation.language());
        DeliveryOutcome outcome = notifier.deliver(new Message(id, to, subject, body + "\n", Optional.empty(), id));
        LOG.info("invitation {} mailed: {}", invitation.id(), outcome.getClass().getSimpleName());
        return outcome;
    }

    /** Tells the inviter that the invitation was redeemed; a failure is only logged (nothing secret is lost). */
    void sendAccepted(Actor inviter, StoredInvitation invitation, String customerName) {
        if (inviter.email().isEmpty() || !inviter.channels().contains(Channel.EMAIL)) {
            return;
        }
        List<Texts> texts = MailLanguages.inOrder(TEXTS, inviter.language(), List.of());
        Texts t = texts.get(0);
        String id = "invitation-accepted-" + invitation.id();
        Recipient to = new Recipient(inviter.id(), inviter.displayName(), Channel.EMAIL, inviter.email().get(), inviter.language());
        DeliveryOutcome outcome = notifier.deliver(new Message(id, to, fill(t.acceptedSubject(), invitation, "", customerName, ""),
                fill(t.acceptedText(), invitation, "", customerName, "") + "\n", Optional.empty(), id));
        LOG.info("invitation {}: inviter {} told of its redemption: {}", invitation.id(), inviter.id(), outcome.getClass().getSimpleName());
    }

    private String fill(String text, StoredInvitation invitation, String inviterName, String customerName, String code) {
        return text.replace("{name}", invitation.displayName()).replace("{email}", invitation.email())
                .replace("{inviter}", inviterName).replace("{customer}", customerName)
                .replace("{expires}", EXPIRY.format(invitation.expiresAt()))
                .replace("{link}", policy.link().orElse("").replace("{code}", code)).replace("{code}", code);
    }
}
