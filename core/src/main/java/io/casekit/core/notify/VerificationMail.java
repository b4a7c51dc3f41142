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
package io.casekit.core.notify;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.Violation;
import io.casekit.core.internal.MailLanguages;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Notifier;
import io.casekit.spi.notify.Recipient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail with a login verification code (guide 000: "you will receive a verification code by
 * mail", in Dutch and English), sent at once through the {@link Notifier} in the actor's language.
 * Unlike case mail it does not go through the outbox: a code is a secret that lives minutes, so it
 * is never stored, never retried later and never logged; the host gets the {@link
 * DeliveryOutcome} and lets the user ask for a new code. Thread-safe.
 *
 * <p>Texts may use {@code {name}} (the actor's display name), {@code {code}} and {@code {minutes}}
 * (how long the code is valid); Dutch, English and French are built in, an actor in another
 * language gets English. {@link Builder#alsoIn} writes one mail in several languages, the actor's first.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class VerificationMail {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationMail.class);

    /** What a code may look like: 4 to 12 letters and digits. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{4,12}");

    /**
     * The subject and text of the mail in one language.
     *
     * @param subject one line, with {@code {code}} if the code belongs in it
     * @param text the plain text, with {@code {code}}; {@code {name}} and {@code {minutes}} optional
     */
    public record Texts(String subject, String text) {
        /**
         * Checks the texts.
         *
         * @param subject one line, with {@code {code}} if the code belongs in it
         * @param text the plain text, with {@code {code}}; {@code {name}} and {@code {minutes}} optional
         * @throws IllegalArgumentException if the subject has a line break or the text lacks {@code {code}}
         */
        public Texts {
            requireNonNull(subject, "subject");
            requireNonNull(text, "text");
            if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("subject must be one line");
            }
            if (!text.contains("{code}")) {
                throw new IllegalArgumentException("text must contain {code}");
            }
        }
    }

    private static final Map<String, Texts> BUILT_IN = Map.of(
            "en", new Texts("Your verification code", """
                    Dear {name},

                    Your verification code is {code}. It is valid for {minutes} minutes.
                    If you did not try to sign in, you can ignore this mail.
                    """),
            "nl", new Texts("Uw verificatiecode", """
                    Beste {name},

                    Uw verificatiecode is {code}. De code is {minutes} minuten geldig.
                    Hebt u niet geprobeerd aan te melden, dan kunt u deze mail negeren.
                    """),
            "fr", new Texts("Votre code de vérification", """
                    Bonjour {name},

                    Votre code de vérification est {code}. Il est valable {minutes} minutes.
                    Si vous n'avez pas essayé de vous connecter, ignorez ce message.
                    """));

    private final Notifier notifier;
    private final IdentityProvider identity;
    private final Duration validity;
    private final Map<String, Texts> texts;
    private final List<Locale> alsoIn;

    private VerificationMail(Builder b) {
        this.notifier = b.notifier;
        this.identity = b.identity;
        this.validity = b.validity;
        this.texts = Map.copyOf(b.texts);
        this.alsoIn = List.copyOf(b.alsoIn);
    }

    /**
     * Starts a builder with the built-in texts and a validity of 10 minutes.
     *
     * @param notifier how the mail is sent, at once
     * @param identity where the actor's name, address and language come from
     * @return the builder
     */
    public static Builder builder(Notifier notifier, IdentityProvider identity) {
        return new Builder(requireNonNull(notifier, "notifier"), requireNonNull(identity, "identity"));
    }

    /**
     * Sends the code to the actor's mail address, in the actor's language.
     *
     * @param actorId the actor who signs in
     * @param code the code the host generated and will check, 4 to 12 letters and digits
     * @return the notifier's outcome, or a permanent failure if the actor is unknown or has no
     *     address (nothing was sent then)
     * @throws CommandValidationException naming the field {@code code} if the code is not 4 to 12
     *     letters and digits
     */
    public DeliveryOutcome send(String actorId, String code) {
        requireNonNull(actorId, "actorId");
        requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new CommandValidationException("VerificationMail",
                    List.of(new Violation("code", "Pattern", "must be 4 to 12 letters and digits")));
        }
        Optional<Actor> actor = identity.findActor(actorId);
        if (actor.isEmpty() || actor.get().email().isEmpty()) {
            LOG.info("no verification mail for actor {}: {}", actorId, actor.isEmpty() ? "unknown actor" : "no mail address");
            return new DeliveryOutcome.PermanentFailure(actor.isEmpty() ? "unknown actor" : "the actor has no mail address");
        }
        Actor to = actor.get();
        List<Texts> written = MailLanguages.inOrder(texts, to.language(), alsoIn);
        String subject = written.stream().map(t -> fill(t.subject(), to, code)).distinct().collect(Collectors.joining(" / "));
        String text = written.stream().map(t -> fill(t.text(), to, code)).collect(Collectors.joining(MailLanguages.SEPARATOR));
        String id = "verification-" + UUID.randomUUID();
        Message message = new Message(id, new Recipient(to.id(), to.displayName(), Channel.EMAIL, to.email().get(), to.language()),
                subject, text, Optional.empty(), id);
        DeliveryOutcome outcome = notifier.deliver(message);
        LOG.info("verification mail to actor {}: {}", to.id(), outcome.getClass().getSimpleName());
        return outcome;
    }

    private String fill(String text, Actor to, String code) {
        return text.replace("{name}", to.displayName()).replace("{minutes}", Long.toString(validity.toMinutes()))
                .replace("{code}", code);
    }

    /** Builds a {@link VerificationMail}. Not thread-safe. */
    public static final class Builder {
        private final Notifier notifier;
        private final IdentityProvider identity;
        private Duration validity = Duration.ofMinutes(10);
        private final Map<String, Texts> texts = new HashMap<>(BUILT_IN);
        private List<Locale> alsoIn = List.of();

        private Builder(Notifier notifier, IdentityProvider identity) {
            this.notifier = notifier;
            this.identity = identity;
        }

        /**
         * How long the host accepts a code, as the mail tells it (whole minutes).
         *
         * @param value the validity, at least one minute
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than a minute
         */
        public Builder validity(Duration value) {
            if (value.toMinutes() < 1) {
                throw new IllegalArgumentException("validity must be at least a minute, was " + value);
            }
            validity = value;
            return this;
        }

        /**
         * The texts of one language, replacing the built-in ones (or adding a language).
         *
         * @param language the language, of which only the language code counts ({@code nl}, not {@code
         *     nl-BE})
         * @param value the subject and text
         * @return this builder
         */
        public Builder texts(Locale language, Texts value) {
            texts.put(requireNonNull(language, "language").getLanguage(), requireNonNull(value, "texts"));
            return this;
        }

        /**
         * Languages every mail is written in besides the actor's own, in this order (guide 000 sends
         * Dutch and English in one mail); default none. Languages without texts are left out.
         *
         * @param languages the further languages
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        public Builder alsoIn(List<Locale> languages) {
            alsoIn = List.copyOf(languages);
            return this;
        }

        /** {@return the verification mail sender} */
        public VerificationMail build() {
            return new VerificationMail(this);
        }
    }
}
