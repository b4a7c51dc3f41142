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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on the notifications a {@link WorkflowScenario} queued: what was queued, to
 * whom, about which case, with which subject. {@link #to} and {@link #about} narrow the mails down; a
 * failure lists the mails there are.
 *
 * <pre>{@code
 * scenario.outbox().to("anna").about(c)
 *         .hasSize(2)
 *         .containsSubject("Case received")
 *         .doesNotContainSubject("Internal note");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class OutboxAssert extends AbstractAssert<OutboxAssert, List<Mail>> {

    private final String which;

    OutboxAssert(List<Mail> mails, String which) {
        super(List.copyOf(mails), OutboxAssert.class);
        this.which = which;
    }

    /**
     * Narrows the assertions down to the mails to this actor.
     *
     * @param actorId the recipient's actor id
     * @return assertions on the mails to the actor, which may be none
     */
    public OutboxAssert to(String actorId) {
        requireNonNull(actorId, "actorId");
        return narrow(m -> m.to().equals(actorId), "to " + actorId);
    }

    /**
     * Narrows the assertions down to the mails about this case.
     *
     * @param c the case
     * @return assertions on the mails about the case, which may be none
     */
    public OutboxAssert about(CaseRef c) {
        requireNonNull(c, "case");
        return narrow(m -> m.caseRef().equals(c), "about " + c);
    }

    private OutboxAssert narrow(Predicate<Mail> filter, String how) {
        return new OutboxAssert(actual.stream().filter(filter).toList(), which + " " + how);
    }

    /**
     * Verifies that there are no mails.
     *
     * @return this assertion
     * @throws AssertionError if there are some
     */
    public OutboxAssert hasNoMail() {
        if (!actual.isEmpty()) {
            failWithMessage("Expected no mail in %s but there are %s: %s", which, actual.size(), actual);
        }
        return this;
    }

    /**
     * Verifies that there are exactly this many mails.
     *
     * @param count the number of mails expected
     * @return this assertion
     * @throws AssertionError if there are more or fewer
     */
    public OutboxAssert hasSize(int count) {
        if (actual.size() != count) {
            failWithMessage("Expected %s mail(s) in %s but there are %s: %s", count, which, actual.size(), actual);
        }
        return this;
    }

    /**
     * Verifies that at least one mail's subject contains {@code fragment}.
     *
     * @param fragment the text to look for, case-sensitive
     * @return this assertion
     * @throws AssertionError if no subject contains it
     */
    public OutboxAssert containsSubject(String fragment) {
        requireNonNull(fragment, "fragment");
        if (actual.stream().noneMatch(m -> m.subject().contains(fragment))) {
            failWithMessage("Expected a mail in %s with a subject containing \"%s\" but there is none; the mails: %s", which, fragment,
                    actual);
        }
        return this;
    }

    /**
     * Verifies that no mail's subject contains {@code fragment}.
     *
     * @param fragment the text to look for, case-sensitive
     * @return this assertion
     * @throws AssertionError if a subject contains it
     */
    public OutboxAssert doesNotContainSubject(String fragment) {
        requireNonNull(fragment, "fragment");
        List<Mail> found = actual.stream().filter(m -> m.subject().contains(fragment)).toList();
        if (!found.isEmpty()) {
            failWithMessage("Expected no mail in %s with a subject containing \"%s\" but there is: %s", which, fragment, found);
        }
        return this;
    }

    /**
     * Verifies that at least one mail's plain-text body contains {@code fragment}.
     *
     * @param fragment the text to look for, case-sensitive
     * @return this assertion
     * @throws AssertionError if no plain-text body contains it
     */
    public OutboxAssert containsText(String fragment) {
        requireNonNull(fragment, "fragment");
        if (actual.stream().noneMatch(m -> m.text().contains(fragment))) {
            failWithMessage("Expected a mail in %s whose text contains \"%s\" but there is none; the mails: %s", which, fragment, actual);
        }
        return this;
    }

    /** {@return AssertJ assertions on the subjects, in the order the mails were queued} */
    public ListAssert<String> subjects() {
        return Assertions.assertThat(actual.stream().map(Mail::subject).toList()).as("the subjects of the mails in %s", which);
    }

    /** {@return AssertJ assertions on the mails themselves, in the order they were queued} */
    public ListAssert<Mail> mails() {
        return Assertions.assertThat(actual).as("the mails in %s", which);
    }
}
