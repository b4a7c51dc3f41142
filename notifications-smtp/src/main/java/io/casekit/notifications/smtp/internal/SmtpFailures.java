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
package io.casekit.notifications.smtp.internal;

import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.DeliveryOutcome.PermanentFailure;
import io.casekit.spi.notify.DeliveryOutcome.RetryableFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Turns what Jakarta Mail threw into a {@link DeliveryOutcome}.
 *
 * <ul>
 *   <li>A reply code from the server decides first: {@code 4xx} is retryable, {@code 5xx} is
 *       permanent (the recipient, the sender or the message is refused for good). Except the codes
 *       that are about our own authentication ({@code 530}, {@code 534}, {@code 535}, {@code 538}):
 *       those are a configuration problem that affects every message alike, and become deliverable
 *       once the configuration is fixed, so they are retryable.
 *   <li>Without a reply code: failed authentication, refused connections, timeouts, TLS and other
 *       I/O failures are retryable.
 *   <li>Anything else uses the last reply code the server sent ({@code 421} or {@code 554} in the
 *       greeting, say) and is retryable when there is none.
 * </ul>
 *
 * <p>Reasons name the endpoint and quote the server's reply on one line, shortened; never a body,
 * a password or a stack trace.
 *
 * <p>Thread-safe (stateless).
 */
public final class SmtpFailures {

    private static final int MAX_QUOTE = 240;
    private static final Set<Integer> AUTHENTICATION_CODES = Set.of(530, 534, 535, 538);

    private SmtpFailures() {}

    /**
     * The outcome of a failed attempt.
     *
     * @param failure what Jakarta Mail threw
     * @param lastReturnCode the transport's last reply code, or a negative number if none
     * @param endpoint {@code host:port}, for the reason
     */
    public static DeliveryOutcome classify(MessagingException failure, int lastReturnCode, String endpoint) {
        List<Throwable> chain = chain(failure);

        // Angus wraps the specific refusal (recipient, sender) in a general one: look for the specific first.
        for (Throwable t : chain) {
            if (t instanceof SMTPAddressFailedException e && isReplyCode(e.getReturnCode())) {
                return byCode(e.getReturnCode(), endpoint + " refused the recipient", e.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSenderFailedException e && isReplyCode(e.getReturnCode())) {
                return byCode(e.getReturnCode(), endpoint + " refused the sender", e.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSendFailedException e && isReplyCode(e.getReturnCode())) {
                return byCode(e.getReturnCode(), endpoint + " refused the message", e.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return retry(endpoint + " refused the authentication: check the configured username and password ("
                        + quote(t.getMessage()) + ")");
            }
            if (t instanceof MailConnectException) {
                return retry("cannot connect to " + endpoint + " (" + quote(rootMessage(t)) + ")");
            }
            if (t instanceof SocketTimeoutException) {
                return retry("timed out talking to " + endpoint);
            }
            if (t instanceof SSLException) {
                return retry("TLS with " + endpoint + " failed: check the certificate and the security setting ("
                        + quote(t.getMessage()) + ")");
            }
        }
        if (isReplyCode(lastReturnCode)) {
            return byCode(lastReturnCode, endpoint + " answered " + lastReturnCode, failure.getMessage());
        }
        for (Throwable t : chain) {
            if (t instanceof IOException) {
                return retry("I/O failure talking to " + endpoint + " (" + quote(t.getMessage()) + ")");
            }
        }
        return retry("sending through " + endpoint + " failed (" + quote(failure.getMessage()) + ")");
    }

    /**
     * Whether a failure on a connection that had carried mail before says that the connection is gone
     * (the server closed it, reset it or answered {@code 421}) rather than anything about this mail: an
     * I/O failure other than a timeout, an end of stream, or {@code 421}.
     *
     * @param failure what Jakarta Mail threw
     * @param lastReturnCode the transport's last reply code, or a negative number if none
     */
    public static boolean connectionLost(MessagingException failure, int lastReturnCode) {
        if (lastReturnCode == 421 || lastReturnCode == -1) {
            return true;
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException || t instanceof SocketTimeoutException) {
                return false;
            }
        }
        return chain(failure).stream().anyMatch(t -> t instanceof IOException);
    }

    private static DeliveryOutcome byCode(int code, String what, String reply) {
        String reason = what + ": " + quote(reply);
        if (AUTHENTICATION_CODES.contains(code)) {
            return retry(reason + " - the server wants (other) credentials: check the configured username, password and security");
        }
        if (code >= 500) {
            return new PermanentFailure(reason);
        }
        return retry(reason);
    }

    private static boolean isReplyCode(int code) {
        return code >= 400 && code <= 599;
    }

    private static RetryableFailure retry(String reason) {
        return new RetryableFailure(reason, Optional.empty());
    }

    /** {@code failure} and what it wraps, outermost (most specific) first. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 32 && !chain.contains(t); t = next(t)) {
            chain.add(t); // Throwable compares by identity, so contains() stops a cycle
        }
        return chain;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** {@code text} on one line, control characters replaced, at most {@value #MAX_QUOTE} characters. */
    static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "no details";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTE + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_QUOTE; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        String quoted = out.toString().strip().replaceAll(" {2,}", " ");
        return text.length() > MAX_QUOTE ? quoted + "..." : quoted;
    }
}
