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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests a workflow definition: each test method (and its {@code @BeforeEach} methods) may take a
 * {@link WorkflowScenario} parameter, a fresh scenario on the definition named here, shared by the
 * methods of that one test. On a class, it applies to every test of the class and its {@code @Nested}
 * classes; on a method, it overrides the class's.
 *
 * <pre>{@code
 * @CasekitWorkflowTest(preset = "it-services")                  // a shipped preset
 * @CasekitWorkflowTest(definition = "classpath:acme.yaml")      // your own, YAML or JSON
 * @CasekitWorkflowTest(preset = "erp-vendor", start = "2026-03-06T16:30")  // Friday afternoon
 * }</pre>
 *
 * <p>Exactly one of {@link #preset()} and {@link #definition()} is given. For a definition built in
 * Java, use {@link WorkflowScenario#builder()}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(WorkflowExtension.class)
public @interface CasekitWorkflowTest {

    /**
     * The name of a shipped preset ({@code it-services}, {@code software-vendor}, {@code erp-vendor},
     * {@code erp-consultancy}).
     *
     * @return the preset's name; empty (the default) when {@link #definition()} is given
     */
    String preset() default "";

    /**
     * Where your definition is: {@code classpath:acme/workflow.yaml}, {@code file:config/acme.json},
     * or a class-path resource without prefix; {@code .json} is read as JSON, anything else as YAML.
     *
     * @return the definition's location; empty (the default) when {@link #preset()} is given
     */
    String definition() default "";

    /**
     * Where the scenario's clock starts: a local date and time in the definition's calendar zone
     * ({@code 2026-03-06T16:30}) or an instant ({@code 2026-03-06T15:30:00Z}). Default: Monday 2
     * March 2026, 09:00 local time ({@link WorkflowScenario#DEFAULT_START}).
     *
     * @return the start, in ISO form; empty (the default) for the default start
     */
    String start() default "";
}
