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
package io.casekit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.casekit.core.sla.BusinessCalendar;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Definitions made from definitions: {@link WorkflowDefinition#toBuilder()}, {@link
 * WorkflowDefinition.Builder#put}/{@link WorkflowDefinition.Builder#remove}, and the {@code extends:}
 * form of YAML/JSON definitions, checked as a whole, with problems named by file and path.
 */
class DefinitionExtensionTest {

    static List<String> presets() {
        return Presets.names();
    }

    /** Every part of two definitions is equal, the id, version and name aside. */
    static void assertSameParts(WorkflowDefinition actual, WorkflowDefinition expected) {
        DefinitionComparison.assertSameParts(actual, expected, "ref", "name");
    }

    // ---- toBuilder ---------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("presets")
    void toBuilderBuildsAnEqualDefinition(String preset) {
        WorkflowDefinition original = Presets.load(preset);

        WorkflowDefinition copy = original.toBuilder().build();

        DefinitionComparison.assertSameParts(copy, original);
        assertThat(copy.ref()).isEqualTo(original.ref());
        assertThat(copy.name()).isEqualTo(original.name());
    }

    @Test
    void aValueTakenOverByToBuilderMaySetOnceMoreButNotTwice() {
        WorkflowDefinition.Builder b = Presets.load("it-services").toBuilder("acme", 3);

        b.name("Acme portal").action(Action.CLOSE, "440");

        assertThatThrownBy(() -> b.name("again")).isInstanceOf(IllegalStateException.class).hasMessageContaining("name was already set");
        WorkflowDefinition acme = b.build();
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.version()).isEqualTo(3);
        assertThat(acme.name()).isEqualTo("Acme portal");
        assertThat(acme.actionTarget(Action.CLOSE)).contains("440");
    }

    @Test
    void putReplacesInPlaceAndAddsNewElementsLastOrFirstWhereTheFirstMatchWins() {
        WorkflowDefinition base = Presets.load("it-services");
        StatusReason relabelled = base.statusReason("310").orElseThrow();
        relabelled = new StatusReason("310", Labels.of("en", "Waiting for you"), relabelled.state(), relabelled.flags(),
                relabelled.onAssign(), relabelled.onContactComment());
        NotificationRule rule = NotificationRule.of(NotificationTrigger.STATUS_CHANGED, "case-resolved", Audience.OWNER).toStatuses("450");

        WorkflowDefinition acme = base.toBuilder("acme", 1)
                .put(DefinitionSection.STATUS_REASONS, relabelled)
                .put(DefinitionSection.PRIORITIES, Priority.of("P5", 5, "Someday"))
                .put(DefinitionSection.NOTIFICATION_RULES, rule)
                .build();

        assertThat(acme.statusReasons()).extracting(StatusReason::code).isEqualTo(base.statusReasons().stream().map(StatusReason::code).toList());
        assertThat(acme.statusReason("310").orElseThrow().labels().text(Locale.ENGLISH)).isEqualTo("Waiting for you");
        assertThat(acme.priorities()).extracting(Priority::code).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(acme.notificationRules().get(0)).isEqualTo(rule);
        assertThat(acme.notificationRules().subList(1, acme.notificationRules().size())).isEqualTo(base.notificationRules());
    }

    @Test
    void removeDropsEveryElementWithTheKeyAndRefusesAnUnknownKey() {
        WorkflowDefinition base = Presets.load("it-services");
        WorkflowDefinition.Builder b = base.toBuilder("acme", 1);

        assertThat(b.keys(DefinitionSection.TRANSITIONS)).contains("100,200,210,220,230,240,250,300,310,320,400,410 -> 420 by CONTACT", "100,200,210,220,230,240,250,300,310,320,400,410 -> 430 by AGENT,SYSTEM", "410 -> 450 by SYSTEM");
        WorkflowDefinition acme = b.remove(DefinitionSection.TRANSITIONS, "100,200,210,220,230,240,250,300,310,320,400,410 -> 420 by CONTACT").build();

        assertThat(acme.targetsFrom("200", ActorKind.CONTACT)).doesNotContain("420");
        assertThat(base.targetsFrom("200", ActorKind.CONTACT)).contains("420");
        assertThatThrownBy(() -> base.toBuilder().remove(DefinitionSection.VIEWS, "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("views has no element 'nope'");
    }

    @Test
    void aDerivedDefinitionIsCheckedAsAWhole() {
        WorkflowDefinition.Builder b = Presets.load("it-services").toBuilder("acme", 1).remove(DefinitionSection.STATUS_REASONS, "310");

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, b::build);

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("'310'"));
    }

    // ---- extends -----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("presets")
    void extendingAPresetWithoutOverridesGivesThePresetUnderItsOwnIdAndVersion(String preset) {
        WorkflowDefinition derived = WorkflowDefinitions.fromYaml("""
                extends: %s
                id: acme
                version: 7
                """.formatted(preset));

        assertSameParts(derived, Presets.load(preset));
        assertThat(derived.id()).isEqualTo("acme");
        assertThat(derived.version()).isEqualTo(7);
    }

    @Test
    void extendsWorksInJsonToo() {
        WorkflowDefinition derived = WorkflowDefinitions.fromJson("""
                {"extends": "software-vendor", "id": "acme", "version": 1, "name": "Acme"}
                """, "acme.json", DefinitionResolver.presets());

        assertSameParts(derived, Presets.load("software-vendor"));
        assertThat(derived.name()).isEqualTo("Acme");
    }

    private static final String ACME = """
            extends: it-services
            id: acme
            version: 2
            name: Acme portal
            labels:
              statusReasons:
                "310": {en: "Waiting for you", de: "Wartet auf Sie"}
              priorities:
                P4: {nl: "P4 - Ooit"}
            statusReasons:
              - code: "330"
                labels: {en: "330. Waiting for the vendor of the vendor"}
                state: OPEN
                flags: [WAITING_ON_SUPPLIER, PAUSES_SLA]
            transitions:
              - {from: ["200"], to: "330", actors: [AGENT]}
              - {from: ["330"], to: "200", actors: [AGENT]}
              - {from: ["400"], to: "450", actors: [SYSTEM]}
            remove:
              transitions: ["100,200,210,220,230,240,250,300,310,320,400,410 -> 420 by CONTACT"]
              views: [open-waiting-supplier]
            calendars:
              - id: office
                zone: Europe/Amsterdam
                hours:
                  - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "07:00", to: "19:00"}
            slaPolicies:
              - id: sla
                contract: SLA
                calendar: office
                targets:
                  P1: {firstResponse: "1 hour", resolution: "1 working day"}
            actions:
              close: "440"
            feedbackWindow: {days: 3, closeWith: "450"}
            notifications:
              rules:
                - on: STATUS_CHANGED
                  statusReasons: ["330"]
                  to: [owner]
                  template: case-resolved
            """;

    @Test
    void aChildReplacesSameKeyedEntriesAddsNewOnesAndRemovesWhatItLists() {
        WorkflowDefinition base = Presets.load("it-services");

        WorkflowDefinition acme = WorkflowDefinitions.fromYaml(ACME, "acme.yaml", DefinitionResolver.presets());

        assertThat(acme.ref().id()).isEqualTo("acme");
        assertThat(acme.name()).isEqualTo("Acme portal");
        // labels: merged per language, the rest of the element untouched
        StatusReason waiting = acme.statusReason("310").orElseThrow();
        assertThat(waiting.labels().byLanguage()).containsEntry("en", "Waiting for you").containsEntry("de", "Wartet auf Sie")
                .containsEntry("nl", base.statusReason("310").orElseThrow().labels().byLanguage().get("nl"));
        assertThat(waiting).usingRecursiveComparison().ignoringFields("labels").isEqualTo(base.statusReason("310").orElseThrow());
        assertThat(acme.priority("P4").orElseThrow().labels().text(Locale.forLanguageTag("nl"))).isEqualTo("P4 - Ooit");
        // a new status goes last; new transitions go first, so they win over the base's
        assertThat(acme.statusReasons().get(acme.statusReasons().size() - 1).code()).isEqualTo("330");
        assertThat(acme.transitions().subList(0, 3)).extracting(Transition::to).containsExactly("330", "200", "450");
        assertThat(acme.transitions()).hasSize(base.transitions().size() + 3 - 1);
        assertThat(acme.targetsFrom("200", ActorKind.AGENT)).contains("330");
        assertThat(acme.targetsFrom("400", ActorKind.SYSTEM)).startsWith("450").contains("410");
        assertThat(acme.targetsFrom("200", ActorKind.CONTACT)).doesNotContain("420");
        assertThat(acme.view("open-waiting-supplier")).isEmpty();
        assertThat(acme.views()).hasSize(base.views().size() - 1);
        // calendars and SLA policies: replaced by id
        BusinessCalendar office = acme.calendars().get("office");
        assertThat(office.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(acme.slaPolicies()).singleElement().satisfies(p -> assertThat(p.targets()).containsOnlyKeys("P1"));
        // single values
        assertThat(acme.actionTarget(Action.CLOSE)).contains("440");
        assertThat(acme.actionTarget(Action.RESOLVE)).isEqualTo(base.actionTarget(Action.RESOLVE));
        assertThat(acme.feedbackWindow().orElseThrow().after()).hasDays(3);
        // the new rule goes first
        assertThat(acme.notificationRules().get(0).statusReasons()).containsExactly("330");
        assertThat(acme.notificationRules().subList(1, acme.notificationRules().size())).isEqualTo(base.notificationRules());
        // what the child does not mention is the base's
        assertThat(acme.caseNumberFormat()).hasToString(base.caseNumberFormat().toString());
        assertThat(acme.templates()).isEqualTo(base.templates());
        assertThat(acme.merging()).isEqualTo(base.merging());
        assertThat(acme.statusReason("330").orElseThrow().state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void aProblemOfTheChildIsNamedByFileAndPathInTheChild() {
        String yaml = """
                extends: it-services
                id: acme
                version: 1
                transitions:
                  - {from: ["200"], to: "410", actors: [AGENT]}
                  - {from: ["200"], to: "999", actors: [AGENT]}
                """;

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml(yaml, "acme.yaml", DefinitionResolver.presets()));

        assertThat(e.source()).isEqualTo("acme.yaml");
        assertThat(e.getMessage()).startsWith("invalid workflow definition acme.yaml, 1 problem(s)");
        assertThat(e.problems()).extracting(DefinitionProblem::toString)
                .containsExactly("transitions[1].to: unknown status reason '999'");
    }

    @Test
    void aProblemInAnInheritedElementNamesItByKeyAndSaysWhereItComesFrom() {
        String yaml = """
                extends: it-services
                id: acme
                version: 1
                remove:
                  statusReasons: ["320"]
                """;

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml(yaml, "acme.yaml", DefinitionResolver.presets()));

        assertThat(e.problems()).extracting(DefinitionProblem::path)
                .contains("transitions['100,210,220,230,240,250,300,310,320,400,410 -> 200 by AGENT'].from[8]",
                        "transitions['200,210,220,230,250 -> 320 by AGENT'].to");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).endsWith("(inherited from 'it-services')"));
        assertThat(e.problems()).filteredOn(p -> p.path().startsWith("transitions['100,210,220,230,240,250,300,310,320,400,410 -> 200 by AGENT']"))
                .extracting(DefinitionProblem::message).containsExactly("unknown status reason '320' (inherited from 'it-services')");
    }

    @Test
    void shapeProblemsOfTheChildAreReportedWithTheirPaths() {
        String yaml = """
                extends: it-services
                id: acme
                version: 1
                colour: blue
                remove:
                  statusReasons: ["999"]
                  things: [x]
                labels:
                  transitions: {}
                  statusReasons:
                    "998": {en: Nope}
                priorities:
                  - {code: P9, rank: many, labels: {en: P9}}
                """;

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml(yaml, "acme.yaml", DefinitionResolver.presets()));

        assertThat(e.problems()).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("colour", "remove.statusReasons[0]",
                "remove.things", "labels.transitions", "labels.statusReasons.998", "priorities[0].rank");
    }

    @Test
    void anUnknownBaseIsRefusedWithTheKnownOnes() {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml("{extends: it-servicez, id: acme, version: 1}"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("extends");
            assertThat(p.message()).contains("unknown definition 'it-servicez'").contains("it-services");
        });
    }

    @Test
    void aDefinitionCannotExtendItselfAndNeedsItsOwnIdAndVersion() {
        assertThat(catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml("{extends: it-services, id: it-services, version: 2}")).problems())
                .extracting(DefinitionProblem::path).containsExactly("extends");
        assertThat(catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromYaml("{extends: it-services}")).problems())
                .extracting(DefinitionProblem::path).containsExactly("id", "version");
    }

    @Test
    void aBaseCanBeAnyDefinitionTheResolverKnows() {
        WorkflowDefinition vendor = WorkflowDefinitions.fromYaml("""
                extends: erp-vendor
                id: vendor
                version: 1
                name: Vendor
                """);

        WorkflowDefinition customer = WorkflowDefinitions.fromYaml("{extends: vendor, id: customer, version: 1}", "customer.yaml",
                DefinitionResolver.of(vendor));

        assertSameParts(customer, Presets.load("erp-vendor"));
        assertThat(customer.name()).isEqualTo("Vendor");
    }

    @Test
    void filesReadTogetherExtendOneAnotherInAnyOrder(@TempDir Path dir) throws Exception {
        Path customer = Files.writeString(dir.resolve("customer.yaml"), """
                extends: vendor
                id: customer
                version: 1
                labels: {priorities: {P1: {en: "P1 - Now"}}}
                """);
        Path vendor = Files.writeString(dir.resolve("vendor.json"), """
                {"extends": "erp-vendor", "id": "vendor", "version": 4}
                """);

        List<WorkflowDefinition> read = WorkflowDefinitions.fromFiles(List.of(customer, vendor), DefinitionResolver.presets());

        assertThat(read).extracting(WorkflowDefinition::id).containsExactly("customer", "vendor");
        assertThat(read.get(0).priority("P1").orElseThrow().labels().text(Locale.ENGLISH)).isEqualTo("P1 - Now");
        assertSameParts(read.get(1), Presets.load("erp-vendor"));
    }

    @Test
    void aCycleOfExtendsIsRefused(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "{extends: b, id: a, version: 1}");
        Path b = Files.writeString(dir.resolve("b.yaml"), "{extends: c, id: b, version: 1}");
        Path c = Files.writeString(dir.resolve("c.yaml"), "{extends: a, id: c, version: 1}");

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromFiles(List.of(a, b, c), DefinitionResolver.presets()));

        assertThat(e.problems()).extracting(DefinitionProblem::toString).contains("extends: a cycle of extends: a -> b -> c -> a");
    }

    @Test
    void twoFilesWithOneIdAreRefused(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "{extends: it-services, id: same, version: 1}");
        Path b = Files.writeString(dir.resolve("b.yaml"), "{extends: it-services, id: same, version: 2}");

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> WorkflowDefinitions.fromFiles(List.of(a, b), DefinitionResolver.presets()));

        assertThat(e.source()).isEqualTo(b.toString());
        assertThat(e.problems()).extracting(DefinitionProblem::path).containsExactly("id");
    }
}
