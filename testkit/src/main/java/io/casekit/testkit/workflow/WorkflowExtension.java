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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CasekitWorkflowTest}: resolves {@link WorkflowScenario}
 * parameters of test methods and their lifecycle methods, one fresh scenario per test. Register it
 * with the annotation rather than directly.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class WorkflowExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkflowExtension.class);

    /** Made by JUnit. */
    public WorkflowExtension() {}

    /** Resolves parameters of type {@link WorkflowScenario} of methods (not constructors). */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WorkflowScenario.class && parameter.getDeclaringExecutable() instanceof Method;
    }

    /** The test's scenario, made on first use. */
    @Override
    public WorkflowScenario resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ExtensionConfigurationException("a WorkflowScenario belongs to one test: take it as a parameter of a test method or a "
                    + "@BeforeEach / @AfterEach method, not of " + parameter.getDeclaringExecutable());
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(WorkflowScenario.class, key -> create(context), WorkflowScenario.class);
    }

    private static WorkflowScenario create(ExtensionContext context) {
        CasekitWorkflowTest settings = settings(context);
        WorkflowScenario.Builder builder = WorkflowScenario.builder();
        boolean preset = !settings.preset().isBlank();
        boolean definition = !settings.definition().isBlank();
        if (preset == definition) {
            throw new ExtensionConfigurationException("@CasekitWorkflowTest needs exactly one of preset and definition, "
                    + (preset ? "not both" : "and has neither") + ": " + settings);
        }
        if (preset) {
            builder.preset(settings.preset());
        } else {
            ClassLoader loader = context.getRequiredTestClass().getClassLoader();
            builder.definition(DefinitionSource.read(settings.definition(), loader));
        }
        String start = settings.start();
        if (!start.isBlank()) {
            try {
                builder.start(LocalDateTime.parse(start));
            } catch (DateTimeParseException local) {
                builder.start(instant(start));
            }
        }
        return builder.build();
    }

    private static Instant instant(String start) {
        try {
            return Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@CasekitWorkflowTest start \"" + start
                    + "\" is neither a local date-time (2026-03-06T16:30) nor an instant (2026-03-06T15:30:00Z)", e);
        }
    }

    /** The annotation nearest the test: on the method, its class, or an enclosing class. */
    private static CasekitWorkflowTest settings(ExtensionContext context) {
        Optional<CasekitWorkflowTest> found = find(context.getRequiredTestMethod());
        for (Class<?> c = context.getRequiredTestClass(); found.isEmpty() && c != null; c = c.getEnclosingClass()) {
            found = find(c);
        }
        return found.orElseThrow(() -> new ExtensionConfigurationException(
                "WorkflowExtension needs @CasekitWorkflowTest(preset = ...) or (definition = ...) on the test or its class"));
    }

    private static Optional<CasekitWorkflowTest> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, CasekitWorkflowTest.class);
    }
}
