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
package io.casekit.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The starter's shape: public types declare their stability, and it uses the other modules' public API only. */
@AnalyzeClasses(packages = "io.casekit.spring", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTest {

    @ArchTest
    static final ArchRule publicTypesDeclareTheirStability = classes().that().resideOutsideOfPackage("..internal..")
            .and().arePublic().and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().beAnnotatedWith(API.class);

    @ArchTest
    static final ArchRule otherModulesInternalsAreNotUsed = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.casekit.core..internal..", "io.casekit.spi..internal..", "io.casekit.persistence..internal..",
                    "io.casekit.notifications..internal..", "io.casekit.metrics..internal..");

    @ArchTest
    static void theRulesHaveSomethingToCheck(JavaClasses classes) {
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("io.casekit.spring.boot"))).isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("io.casekit.spring.boot.internal"))).isNotEmpty();
    }
}
