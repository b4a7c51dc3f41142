package io.casekit.core.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.SlaPolicy;
import io.casekit.core.workflow.SlaTarget;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The presets' SLA policies and feedback window, worked through on their own calendars. */
class PresetSlaTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(new Customer("GLOBEX", "Globex", Optional.empty()))
            .add(Actor.contact("anna", "Anna", "ACME").authorised().build())
            .add(Actor.contact("gina", "Gina", "GLOBEX").authorised().build())
            .add(Actor.agent("alice", "Alice").build());

    private Casekit casekit(String preset) {
        return Casekit.builder().store(new InMemoryCaseStore()).identity(directory).clock(clock)
                .definition(Presets.load(preset)).build();
    }

    private static Instant local(String zone, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    private static OpenCase.Builder incident(String priority) {
        return OpenCase.builder().title("Down").description("Nothing works").caseType("Incident").priority(priority);
    }

    @Test
    void theSoftwareVendorPromisesItsReactionTimes() {
        WorkflowDefinition d = Presets.load("software-vendor");
        SlaPolicy policy = d.slaPolicy(Optional.of("SLA"), "Incident").orElseThrow();

        assertThat(policy.targets().get("P1").firstResponse()).contains(SlaTarget.parse("4 hours"));
        assertThat(policy.targets().get("P2").firstResponse()).contains(new SlaTarget.WorkingDays(1));
        assertThat(policy.targets().get("P3").firstResponse()).contains(new SlaTarget.WorkingDays(3));
        assertThat(policy.targets().get("P4").firstResponse()).contains(new SlaTarget.WorkingDays(5));
        assertThat(d.slaPolicy(Optional.empty(), "Incident")).as("no contract, best effort").isEmpty();
    }

    @Test
    void aP1FiledFridayAtHalfPastFourWithOfficeHoursUntilFiveIsDueMondayAtNoon() {
        Casekit casekit = casekit("erp-vendor");
        clock.advanceTo(local("Europe/Amsterdam", "2026-03-06T16:30"));

        Case c = casekit.cases().execute("anna", incident("P1").build());

        assertThat(c.sla(SlaKind.FIRST_RESPONSE).orElseThrow().deadline())
                .contains(local("Europe/Amsterdam", "2026-03-09T12:00"));
    }

    @Test
    void aCaseFiledOnAHolidayIsTakenUpTheNextWorkingDay() {
        Casekit casekit = casekit("erp-vendor");
        clock.advanceTo(local("Europe/Amsterdam", "2026-04-27T10:00")); // King's Day

        Case c = casekit.cases().execute("anna", incident("P2").build());

        // 1 working day: the next working day's opening, same time of day as the clock's start (08:30)
        assertThat(c.sla(SlaKind.FIRST_RESPONSE).orElseThrow().deadline())
                .contains(local("Europe/Amsterdam", "2026-04-29T08:30"));
        assertThat(c.sla(SlaKind.FIRST_RESPONSE).orElseThrow().budget()).isEqualTo(Duration.ofHours(8).plusMinutes(30));
    }

    @Test
    void consultancyRequestsArePickedUpWithinTenWorkingDays() {
        Casekit casekit = casekit("erp-consultancy");
        clock.advanceTo(local("Europe/Amsterdam", "2026-03-02T10:00"));

        Case c = casekit.cases().execute("anna", OpenCase.builder().title("Training").description("Two days on site")
                .caseType("Consultant Request").build());

        assertThat(c.sla(SlaKind.FIRST_RESPONSE).orElseThrow().policy()).isEqualTo("consultancy");
        assertThat(c.sla(SlaKind.FIRST_RESPONSE).orElseThrow().deadline())
                .contains(local("Europe/Amsterdam", "2026-03-16T10:00"));
        assertThat(c.sla(SlaKind.RESOLUTION)).isEmpty();
    }

    @Test
    void customersWithoutContractGetNoClocks() {
        Casekit casekit = casekit("erp-consultancy");

        Case c = casekit.cases().execute("gina", incident("P1").build());

        assertThat(c.slas()).isEmpty();
    }

    @Test
    void theItServicesFeedbackWindowClosesTheCaseAfterSevenDays() {
        Casekit casekit = casekit("it-services");
        clock.advanceTo(local("Europe/Brussels", "2026-03-02T10:00"));
        Case c = casekit.cases().execute("anna", incident("P3").customField("expertiseDomain", "BC").build());
        casekit.cases().execute("alice", new Assign(c.id(), Owner.agent("alice")));
        Case resolved = casekit.cases().execute("alice", new Resolve(c.id(), "Configuration corrected"));
        assertThat(resolved.statusReason()).isEqualTo("410");

        clock.advance(Duration.ofDays(7));
        casekit.scheduler().runDue();

        Case closed = casekit.cases().get("alice", c.id());
        assertThat(closed.statusReason()).isEqualTo("450");
        assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(casekit.cases().timeline("anna", c.id()).get(casekit.cases().timeline("anna", c.id()).size() - 1)
                .header().actor().kind()).isEqualTo(io.casekit.spi.model.ActorKind.SYSTEM);
    }
}
