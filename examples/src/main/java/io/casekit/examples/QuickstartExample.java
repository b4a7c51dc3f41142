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
package io.casekit.examples;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Labels;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.Visibility;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Casekit in five minutes: one case of an IT services desk, from the customer's first message to
 * "450. Problem solved", in memory.
 *
 * <p>The program builds Casekit with the {@code it-services} preset, an in-memory store and an
 * in-memory directory (one customer with a support contract, one of its contacts, one agent), and a
 * {@link ManualClock} so that every run prints the same timeline. Then:
 *
 * <ol>
 *   <li>the contact opens an incident (P2, expertise domain MWI): status {@code 100. Received};
 *   <li>the agent takes it: the preset's {@code onAssign} rule moves it to {@code 200. In Progress};
 *   <li>the agent asks for information, with a public comment: {@code 310. Requested Info to
 *       Customer};
 *   <li>the contact replies: the {@code onContactComment} rule moves it back to {@code 200};
 *   <li>the agent writes an internal note, which the contact never sees;
 *   <li>the agent resolves it: {@code 410. Ready - Feedback Email Sent};
 *   <li>the agent closes it: {@code 450. Problem solved}, state RESOLVED.
 * </ol>
 *
 * <p>Run it with {@code ./mvnw -B -ntp -q install -DskipTests && ./mvnw -B -ntp -q -pl examples
 * exec:java}.
 */
public final class QuickstartExample {

    /** The customer: an organisation with a support contract. */
    public static final String CUSTOMER = "ACME";

    /** The customer's contact who files the case. */
    public static final String CONTACT = "acme-jan";

    /** The service-desk agent who works it. */
    public static final String AGENT = "agent-alice";

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private QuickstartExample() {}

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send that to SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        run(System.out);
    }

    /**
     * What the example leaves behind: the closed case and its timeline as each side sees it.
     *
     * @param finalCase the case after the agent closed it
     * @param agentTimeline every event, as the agent sees them
     * @param contactTimeline the events the contact may see (no internal comments)
     */
    public record Result(Case finalCase, List<CaseEvent> agentTimeline, List<CaseEvent> contactTimeline) {}

    /** Works one case from opened to closed, prints its timeline to {@code out}, and returns it. */
    public static Result run(PrintStream out) {
        ManualClock clock = new ManualClock(START);
        InMemoryDirectory directory = new InMemoryDirectory()
                .add(new Customer(CUSTOMER, "Acme NV", Optional.of("SLA")))
                .add(Actor.contact(CONTACT, "Jan Peeters", CUSTOMER).email("jan.peeters@acme.example").build())
                .add(Actor.agent(AGENT, "Alice Martens").teams("modern-workplace").build());
        WorkflowDefinition itServices = Presets.load("it-services");
        Casekit casekit = Casekit.builder()
                .store(new InMemoryCaseStore())
                .identity(directory)
                .clock(clock)
                .random(new Random(7)) // the random part of case numbers, fixed for a repeatable output
                .definition(itServices)
                .build();
        CaseService cases = casekit.cases();

        // 1. The contact files an incident through the portal.
        Case opened = cases.execute(CONTACT, OpenCase.builder()
                .title("VPN connection drops every few minutes")
                .description("Since the last client update the VPN disconnects roughly every five minutes;"
                        + " the file server and the ERP system become unreachable.")
                .caseType("Incident")
                .priority("P2")
                .endUserName("Jan Peeters")
                .customField("expertiseDomain", "MWI") // required by the preset: one of MWI, MWA, EBIZZ, BC, ...
                .build());
        CaseId id = opened.id();

        // 2. The agent takes the case; the preset's onAssign rule moves 100 -> 200.
        clock.advance(Duration.ofMinutes(12));
        cases.execute(AGENT, new Assign(id, Owner.agent(AGENT)));

        // 3. The agent needs more information (310 requires a comment, which the contact sees).
        clock.advance(Duration.ofMinutes(25));
        cases.execute(AGENT, new ChangeStatus(id, "310",
                "Which VPN client version is installed, and does it also happen on the office Wi-Fi?"));

        // 4. The contact answers; the onContactComment rule of 310 moves the case back to 200.
        clock.advance(Duration.ofHours(2));
        cases.execute(CONTACT, new AddComment(id,
                "Client 5.2.1. It happens at home and at the office, mostly when switching networks.", Visibility.PUBLIC));

        // 5. An internal note for colleagues; contacts never see it.
        clock.advance(Duration.ofMinutes(20));
        cases.execute(AGENT, new AddComment(id,
                "Known issue of client 5.2.1 with network roaming; the 5.2.3 profile fixes it.", Visibility.INTERNAL));

        // 6. The agent resolves: the preset's resolve action is 410 (feedback e-mail sent).
        clock.advance(Duration.ofHours(1));
        cases.execute(AGENT, new Resolve(id, "We pushed VPN client 5.2.3 to your laptop; please restart it once."));

        // 7. The agent closes: the preset's close action is 450, and agents may go 410 -> 450.
        clock.advance(Duration.ofDays(1));
        Case closed = cases.execute(AGENT, new Close(id));

        List<CaseEvent> agentView = cases.timeline(AGENT, id);
        List<CaseEvent> contactView = cases.timeline(CONTACT, id);
        TimelinePrinter printer = new TimelinePrinter(itServices, directory);
        out.printf("Case %s \"%s\" is now %s (%s)%n%n", closed.number(), closed.title(),
                printer.status(closed.statusReason()), closed.state());
        out.println("Timeline as agent " + AGENT + " sees it:");
        agentView.forEach(e -> out.println(printer.line(e)));
        out.println();
        out.println("Timeline as contact " + CONTACT + " sees it (internal comments are left out):");
        contactView.forEach(e -> out.println(printer.line(e)));
        return new Result(closed, agentView, contactView);
    }

    /** Turns events into one readable line each, with English labels. */
    private static final class TimelinePrinter {
        private final WorkflowDefinition definition;
        private final IdentityProvider identity;

        TimelinePrinter(WorkflowDefinition definition, IdentityProvider identity) {
            this.definition = definition;
            this.identity = identity;
        }

        String line(CaseEvent event) {
            return String.format(Locale.ROOT, "%3d  %s  %-28s  %s", event.header().sequence(),
                    TIME.format(event.header().at()), actor(event.header().actor()), what(event));
        }

        private String what(CaseEvent event) {
            if (event instanceof CaseOpened e) {
                Case c = e.opened();
                return String.format(Locale.ROOT, "opened %s \"%s\": %s, %s, expertise %s, status %s",
                        c.number(), c.title(), label(definition.caseType(c.caseType()).map(CaseType::labels), c.caseType()),
                        label(definition.priority(c.priority()).map(Priority::labels), c.priority()),
                        c.customFields().containsKey("expertiseDomain") ? c.customFields().get("expertiseDomain").text() : "-",
                        status(c.statusReason()));
            }
            if (event instanceof Assigned e) {
                return e.to().map(owner -> "assigned the case to " + name(owner.id())).orElse("unassigned the case");
            }
            if (event instanceof StatusChanged e) {
                return "status " + status(e.from()) + " -> " + status(e.to())
                        + (e.cause() == StatusChanged.Cause.RULE ? " (by rule)" : "")
                        + (e.fromState() != e.toState() ? ", case " + e.toState() : "");
            }
            if (event instanceof SlaChanged e) {
                String promise = e.sla().kind() == SlaKind.FIRST_RESPONSE ? "first response" : "resolution";
                String due = e.sla().deadline().map(d -> ", due " + TIME.format(d)).orElse("");
                return "SLA " + promise + " " + e.change().name().toLowerCase(Locale.ROOT).replace('_', ' ') + due;
            }
            if (event instanceof CommentAdded e) {
                return (e.visibility() == Visibility.INTERNAL ? "internal note: " : "comment: ") + "\"" + e.body() + "\"";
            }
            return event.getClass().getSimpleName();
        }

        String status(String code) {
            return label(definition.statusReason(code).map(StatusReason::labels), code);
        }

        private static String label(Optional<Labels> labels, String code) {
            return labels.map(l -> l.text(Locale.ENGLISH)).orElse(code);
        }

        private String actor(ActorRef ref) {
            return switch (ref.kind()) {
                case AGENT -> name(ref.id()) + " (agent)";
                case CONTACT -> name(ref.id()) + " (contact)";
                case SYSTEM -> "Casekit (system)";
            };
        }

        private String name(String actorId) {
            return identity.findActor(actorId).map(Actor::displayName).orElse(actorId);
        }
    }
}
