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

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The workflow definitions that ship with Casekit, one for each kind of portal in the project's
 * portal guides. Use one as it is, or as the starting point of your own YAML.
 *
 * <ul>
 *   <li>{@code it-services}: an IT services vendor with seven expertise domains, numbered status
 *       reasons 100-450, a 7-day feedback window and merges;
 *   <li>{@code software-vendor}: a software vendor with P1-P4 reaction times, incidents, change
 *       requests and questions;
 *   <li>{@code erp-vendor}: an ERP vendor whose cases from non-authorised contacts wait for approval,
 *       with office hours 08:30-17:00;
 *   <li>{@code erp-consultancy}: an ERP and consultancy vendor with a change-request stage pipeline,
 *       product / recurring / released-in-environment fields and escalation levels.
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
public final class Presets {

    private static final List<String> NAMES = List.of("it-services", "software-vendor", "erp-vendor", "erp-consultancy");

    private Presets() {}

    /** {@return the names of the shipped presets, e.g. {@code it-services}} */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Loads a preset.
     *
     * @param name one of {@link #names()}
     * @return the preset's definition
     * @throws IllegalArgumentException if there is no preset of that name
     */
    public static WorkflowDefinition load(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; presets: " + NAMES);
        }
        String resource = "presets/" + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the jar: " + resource);
            }
            return WorkflowDefinitions.fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
