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
package io.casekit.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/**
 * The export module's boundaries: its API names no class of Commons CSV or POI (they are its
 * implementation, which a later version may change), it reaches the core only through the public
 * API, and every public type of the API declares its stability.
 */
@AnalyzeClasses(packages = "io.casekit.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {

    @ArchTest
    static final ArchRule theApiNamesNoFileFormatLibrary = noClasses().that().resideInAPackage("io.casekit.export")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..", "org.apache.poi..")
            .because("CSV and xlsx libraries are the module's implementation: io.casekit.export.internal only");

    @ArchTest
    static final ArchRule theCoreIsReachedThroughItsApiOnly = noClasses().that().resideInAPackage("io.casekit.export..")
            .should().dependOnClassesThat().resideInAnyPackage("io.casekit.core..internal..", "io.casekit.spi..internal..")
            .because("another module's internal packages are its own");

    @ArchTest
    static final ArchRule topLevelApiTypesDeclareTheirStability = classes().that().resideInAPackage("io.casekit.export")
            .and().arePublic().and().areTopLevelClasses()
            .should().beAnnotatedWith(API.class)
            .because("users read from @API how far a type may change (docs/versioning.md)");
}
