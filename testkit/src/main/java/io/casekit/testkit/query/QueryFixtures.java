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
package io.casekit.testkit.query;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.Owner;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Varied cases for query tests, without the engine: every attribute a filter or sort looks at takes
 * a few values, instants repeat (so ties need the tie-breaker), and titles hold the characters a
 * search must treat literally ({@code % _ \}). Stateless; the same seed gives the same
 * cases, each with a new id.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class QueryFixtures {

    /** The first instant the fixtures use; instants are whole seconds after it. */
    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** The customer ids the fixtures use. */
    public static final List<String> CUSTOMERS = List.of("CUST-A", "CUST-B", "CUST-C");
    /** The priority codes the fixtures use. */
    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
    /** The case type codes the fixtures use. */
    public static final List<String> CASE_TYPES = List.of("Incident", "Question", "Change");
    /** Status reason codes with their states. */
    public static final List<String> STATUS_REASONS = List.of("100", "200", "300", "400", "430");
    /** The owners the fixtures use, unassigned among them. */
    public static final List<Optional<Owner>> OWNERS = List.of(Optional.empty(), Optional.of(Owner.agent("agent-1")),
            Optional.of(Owner.agent("agent-2")), Optional.of(Owner.team("team-1")));
    /** The titles the fixtures use: search terms, wildcards' neighbours and characters a search takes literally. */
    public static final List<String> TITLES = List.of("VPN drops every few minutes", "vpn ok again", "100% CPU on the ERP server",
            "1000 errors in the log", "field a_b is empty", "field axb is empty", "back\\slash in path", "Printer on floor 3",
            "Straße gesperrt – ÄÖÜ", "Mot de passe oublié", "Zebra printer", "apple");

    private QueryFixtures() {}

    /**
     * The state a fixture status reason belongs to.
     *
     * @param statusReason a status reason code, one of {@link #STATUS_REASONS}
     * @return {@code RESOLVED} for 300, {@code CANCELLED} for 400 and 430, {@code OPEN} for any other
     */
    public static CaseState stateOf(String statusReason) {
        return switch (statusReason) {
            case "300" -> CaseState.RESOLVED;
            case "400", "430" -> CaseState.CANCELLED;
            default -> CaseState.OPEN;
        };
    }

    /**
     * {@code count} random cases from a seeded random: the same seed gives the same cases, but for
     * their ids, which are always new. Their numbers are unique within one call; they end in {@code
     * AB} for an even seed and in {@code Q_%} for an odd one, characters a number search must take
     * literally.
     *
     * @param seed the random's seed
     * @param count how many cases, 0 or more
     * @return the commits that open the cases, one each
     */
    public static List<CaseCommit> cases(long seed, int count) {
        Random random = new Random(seed);
        List<CaseCommit> commits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant created = T0.plusSeconds(60L * random.nextInt(count));
            Instant modified = created.plusSeconds(60L * random.nextInt(5));
            String status = pick(random, STATUS_REASONS);
            Optional<String> contact = random.nextInt(4) == 0 ? Optional.empty() : Optional.of("contact-" + random.nextInt(3));
            commits.add(open(CaseFixtures.newId(), String.format("CAS-%05d-%s", i, seed % 2 == 0 ? "AB" : "Q_%"),
                    pick(random, TITLES), pick(random, CUSTOMERS), contact, pick(random, CASE_TYPES),
                    pick(random, PRIORITIES), status, pick(random, OWNERS), created, modified));
        }
        return commits;
    }

    /**
     * The commit that opens a case with every attribute a query looks at given; its description is
     * empty and its state follows from the status reason ({@link #stateOf}).
     *
     * @param id the case's id
     * @param number the case's number
     * @param title the title
     * @param customerId the customer's id
     * @param contactId the contact's id, or empty for a case without a contact
     * @param caseType the case type's code
     * @param priority the priority's code
     * @param statusReason the status reason's code, one of {@link #STATUS_REASONS}
     * @param owner the owner, or empty for an unassigned case
     * @param createdAt when the case was created
     * @param modifiedAt when the case was last changed, and the time of its {@link CaseOpened} event
     * @return the commit: the case at version 1, expecting version 0, opened by {@link CaseFixtures#AGENT}
     */
    public static CaseCommit open(CaseId id, String number, String title, String customerId, Optional<String> contactId,
            String caseType, String priority, String statusReason, Optional<Owner> owner, Instant createdAt, Instant modifiedAt) {
        Case opened = Case.builder()
                .id(id)
                .number(number)
                .definition(new DefinitionRef("query-contract", 1))
                .title(title)
                .description("")
                .customerId(customerId)
                .contactId(contactId)
                .caseType(caseType)
                .priority(priority)
                .status(statusReason, stateOf(statusReason))
                .owner(owner)
                .createdAt(createdAt)
                .committed(1, modifiedAt, 1)
                .build();
        return new CaseCommit(opened, 0, List.of(new CaseOpened(new EventHeader(id, 1, 1, modifiedAt, CaseFixtures.AGENT), opened)));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
