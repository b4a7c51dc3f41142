package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing, cancelling and reopening from the portal: guide 001 (close when solved, cancel when no
 * longer needed) and guide 003 (the Close Case and Cancel Case buttons). Contacts of the case's
 * customer close and cancel its open cases (cancelling says why); reopening is the desk's.
 */
class PortalClosingTest {

    private static Case open(Portal portal, String contact) {
        return portal.open(contact, OpenCase.builder().title("Report fails").description("The monthly report fails.")
                .caseType("Incident").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactClosesAnOpenCaseOfItsCustomer(String preset) {
        Portal portal = new Portal(preset);
        Case c = open(portal, ANNA);

        Case closed = portal.cases().execute(BOB, new Close(c.id()));

        assertThat(closed.statusReason()).isEqualTo("closed");
        assertThat(closed.state()).isEqualTo(CaseState.RESOLVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactCancelsSayingWhy(String preset) {
        Portal portal = new Portal(preset);
        Case c = open(portal, BOB);

        assertThatThrownBy(() -> portal.cases().execute(BOB, new Cancel(c.id())))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("NeedsComment"));
        Case cancelled = portal.cases().execute(BOB, new Cancel(c.id(), "The problem no longer occurs."));

        assertThat(cancelled.statusReason()).isEqualTo("cancelled");
        assertThat(cancelled.state()).isEqualTo(CaseState.CANCELLED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void onlyTheDeskReopens(String preset) {
        Portal portal = new Portal(preset);
        Case c = open(portal, ANNA);
        portal.cases().execute(ANNA, new Close(c.id()));

        assertThatThrownBy(() -> portal.cases().execute(ANNA, new Reopen(c.id(), "It is back.")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).isEmpty());
        Case reopened = portal.cases().execute(ALICE, new Reopen(c.id(), "The error is back."));

        assertThat(reopened.statusReason()).isEqualTo("in-progress");
        assertThat(reopened.state()).isEqualTo(CaseState.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aContactOfAnotherCustomerFindsNothingToCloseOrCancel(String preset) {
        Portal portal = new Portal(preset);
        Case c = open(portal, ANNA);

        assertThatThrownBy(() -> portal.cases().execute(GINA, new Close(c.id()))).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> portal.cases().execute(GINA, new Cancel(c.id(), "not mine"))).isInstanceOf(CaseNotFoundException.class);
        assertThat(portal.store.find(c.id())).contains(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software-vendor", "erp-consultancy"})
    void aClosedCaseIsNotClosedOrCancelledAgainByAContact(String preset) {
        Portal portal = new Portal(preset);
        Case c = open(portal, ANNA);
        portal.cases().execute(ANNA, new Cancel(c.id(), "Solved internally."));

        assertThatThrownBy(() -> portal.cases().execute(ANNA, new Close(c.id()))).isInstanceOf(IllegalTransitionException.class);
    }
}
