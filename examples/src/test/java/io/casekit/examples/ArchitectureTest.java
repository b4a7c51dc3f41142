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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.casekit.core.Casekit;
import io.casekit.core.cases.internal.DefaultCaseService;
import io.casekit.examples.apifixture.Unannotated;
import io.casekit.examples.apifixture.internal.MarkedStable;
import io.casekit.spi.internal.Checks;
import io.casekit.spi.store.CaseStore;
import java.util.EnumSet;
import org.apiguardian.api.API;

/**
 * The module boundaries of DESIGN.md, checked on the main classes of every module (the examples
 * module sees them all): the SPI stands alone, plug-ins and core never meet, and a module's
 * {@code internal} packages are its own. Every public type of the published modules declares its
 * stability with {@code @API}, and nothing internal claims to be stable (docs/versioning.md).
 */
@AnalyzeClasses(packages = "io.casekit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SPI = "io.casekit.spi..";
    private static final String CORE = "io.casekit.core..";
    private static final String PERSISTENCE = "io.casekit.persistence..";
    private static final String NOTIFICATIONS = "io.casekit.notifications..";
    private static final String TESTKIT = "io.casekit.testkit..";
    private static final String EXAMPLES = "io.casekit.examples..";
    /** The packages of the published modules (examples is not published). */
    private static final String[] PUBLISHED = {SPI, CORE, PERSISTENCE, NOTIFICATIONS, TESTKIT};
    /** Declared before the rules that use it, which are built in declaration order. */
    private static final DescribedPredicate<JavaAnnotation<?>> STABLE_OR_MAINTAINED = DescribedPredicate.describe(
            "@API with status STABLE or MAINTAINED",
            annotation -> annotation.getRawType().isEquivalentTo(API.class)
                    && EnumSet.of(STABLE, MAINTAINED).contains(annotation.as(API.class).status()));

    @ArchTest
    static final ArchRule spiDependsOnNoOtherModule = noClasses().that().resideInAPackage(SPI)
            .should().dependOnClassesThat().resideInAnyPackage(CORE, PERSISTENCE, NOTIFICATIONS, EXAMPLES)
            .because("the SPI is what plug-ins are written against: the JDK only");

    @ArchTest
    static final ArchRule persistenceNeverDependsOnCore = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(CORE)
            .because("a third party can write a store against the SPI alone");

    @ArchTest
    static final ArchRule persistenceUsesOnlyTheSpiSlf4jAndFlyway = classes().that().resideInAPackage(PERSISTENCE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SPI, PERSISTENCE, "java..", "javax.sql..", "org.slf4j..",
                    "org.flywaydb..", "org.jspecify..", "org.apiguardian..", "tools.jackson.core..")
            .because("the storage plug-in depends on the SPI, SLF4J, its migration library and Jackson's streaming core only (no core, no databind),"
                    + " besides the annotations (JSpecify, API Guardian)");

    @ArchTest
    static final ArchRule persistenceKeepsJacksonInternal = noClasses().that().resideInAPackage(PERSISTENCE)
            .and().resideOutsideOfPackage("io.casekit.persistence..internal..")
            .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
            .because("JSON is the plug-in's implementation detail: Jackson stays out of its public API (DESIGN.md)");

    // notifications-smtp has no classes yet (only its pom): as above.
    @ArchTest
    static final ArchRule notificationsNeverDependOnCore = noClasses().that().resideInAPackage(NOTIFICATIONS)
            .should().dependOnClassesThat().resideInAPackage(CORE)
            .because("a third party can write a notifier against the SPI alone")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreNeverNamesAPlugIn = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, NOTIFICATIONS)
            .because("the host wires plug-ins in through the builder, or ServiceLoader finds them");

    @ArchTest
    static final ArchRule corePackagesHaveNoCycles = slices().matching("io.casekit.core.(**)").should().beFreeOfCycles()
            .because("each concept of core is a package that depends on those below it, never back (DESIGN.md: the pipeline)");

    @ArchTest
    static final ArchRule deciderPackagesDoNotReachTheStoreOrTheIdentityProvider = noClasses()
            .that().resideInAnyPackage("io.casekit.core.change..", "io.casekit.core.lifecycle..", "io.casekit.core.approvals..",
                    "io.casekit.core.links..", "io.casekit.core.escalation..", "io.casekit.core.sla.internal..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.casekit.spi.store.CaseStore")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.casekit.spi.identity.IdentityProvider")
            .because("a decision reads only the snapshot loaded before it: no store, no identity provider");

    @ArchTest
    static final ArchRule spiInternalsStayInTheSpi = internalsOnlyUsedWithin("io.casekit.spi");

    @ArchTest
    static final ArchRule coreInternalsStayInCore = internalsOnlyUsedWithin("io.casekit.core");

    @ArchTest
    static final ArchRule persistenceInternalsStayInPersistence = internalsOnlyUsedWithin("io.casekit.persistence");

    @ArchTest
    static final ArchRule notificationInternalsStayInNotifications = internalsOnlyUsedWithin("io.casekit.notifications");

    @ArchTest
    static final ArchRule publishedTypesDeclareTheirStability = publicTypesDeclareTheirStability(PUBLISHED);

    @ArchTest
    static final ArchRule internalTypesAreNeverStable = internalTypesAreNeverStable("io.casekit");

    /**
     * Every public top-level type outside the {@code internal} packages of {@code packages} carries
     * {@code @API(status, since)}, as JUnit's do: a user reads from it how far the type may change.
     */
    private static ArchRule publicTypesDeclareTheirStability(String... packages) {
        return classes().that().resideInAnyPackage(packages).and().resideOutsideOfPackage("..internal..")
                .and().arePublic().and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().beAnnotatedWith(API.class)
                .because("@API(status) tells users how far a public type may change (docs/versioning.md)");
    }

    /** No class of an {@code internal} package under {@code root} promises STABLE or MAINTAINED. */
    private static ArchRule internalTypesAreNeverStable(String root) {
        return noClasses().that().resideInAPackage(root + "..internal..")
                .should().beAnnotatedWith(STABLE_OR_MAINTAINED)
                .because("an internal package may change in any release, so nothing in it can promise stability"
                        + " (docs/versioning.md)");
    }

    /** No class outside {@code root..} depends on anything in {@code root..internal..}. */
    private static ArchRule internalsOnlyUsedWithin(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                .because("'internal' packages are implementation detail of " + root + " that users must not import");
    }

    /**
     * Guards against rules that pass because they look at nothing: the import holds the modules'
     * classes, the package patterns match real classes, and a rule fires on a class that breaks it.
     */
    @ArchTest
    static void theRulesHaveSomethingToCheck(JavaClasses classes) {
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage(SPI))).isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage(CORE))).isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage(EXAMPLES))).isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage(TESTKIT))).isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("io.casekit.persistence..internal..")))
                .extracting(JavaClass::getName).contains("io.casekit.persistence.jdbc.internal.EventCodec");
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("io.casekit.spi..internal..")))
                .extracting(JavaClass::getName).contains(Checks.class.getName());
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("io.casekit.core..internal..")))
                .extracting(JavaClass::getName).contains(DefaultCaseService.class.getName());
        assertThat(classes.contain(ArchitectureTest.class)).as("test classes are not imported").isFalse();

        JavaClasses offender = new ClassFileImporter().importClasses(InternalsUser.class);
        assertThat(spiInternalsStayInTheSpi.evaluate(offender).hasViolation()).isTrue();
        assertThat(coreInternalsStayInCore.evaluate(offender).hasViolation()).isTrue();

        assertThat(classes.that(JavaClass.Predicates.resideInAnyPackage(PUBLISHED)).stream().map(JavaClass::getName))
                .as("the stability rule sees the published types").contains(Casekit.class.getName(), CaseStore.class.getName());
        JavaClasses fixtures = new ClassFileImporter().importClasses(Unannotated.class, MarkedStable.class);
        EvaluationResult unannotated = publicTypesDeclareTheirStability("io.casekit.examples.apifixture..").evaluate(fixtures);
        assertThat(unannotated.getFailureReport().getDetails()).as("a public type without @API fails the rule")
                .singleElement().asString().contains(Unannotated.class.getName());
        EvaluationResult stableInternal = internalTypesAreNeverStable("io.casekit.examples.apifixture").evaluate(fixtures);
        assertThat(stableInternal.getFailureReport().getDetails()).as("an internal type marked STABLE fails the rule")
                .singleElement().asString().contains(MarkedStable.class.getName());
    }

    /** A class outside spi and core that reaches into their internals: the rules must reject it. */
    static final class InternalsUser {
        static Object reachIn() {
            Checks.notBlank("x", "field");
            return DefaultCaseService.class;
        }
    }
}
