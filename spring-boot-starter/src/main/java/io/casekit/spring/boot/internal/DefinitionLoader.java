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
package io.casekit.spring.boot.internal;

import io.casekit.core.workflow.DefinitionResolver;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spring.boot.CasekitConfigurationException;
import io.casekit.spring.boot.CasekitDefinitions;
import io.casekit.spring.boot.CasekitProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code casekit.definitions} (preset names and resource patterns), adds the application's
 * definition beans, and checks {@code casekit.default-definition} and the customers' definitions
 * against what was read. Every mistake is a {@link CasekitConfigurationException} naming the
 * property; an invalid document is the reader's {@code InvalidDefinitionException}.
 */
public final class DefinitionLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionLoader.class);

    private final ResourcePatternResolver resources;

    /** @param resources finds the resources {@code casekit.definitions} names */
    public DefinitionLoader(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    /**
     * @param properties the settings
     * @param beans the application's definition beans, in their order
     * @return the definitions and the customers' choices, checked
     */
    public CasekitDefinitions load(CasekitProperties properties, List<WorkflowDefinition> beans) {
        List<Object> slots = new ArrayList<>(); // a preset's definition, or a document's name
        Map<String, String> documents = new LinkedHashMap<>();
        for (String entry : properties.getDefinitions()) {
            String location = entry.strip();
            if (Presets.names().contains(location)) {
                slots.add(Presets.load(location));
                continue;
            }
            for (Resource resource : find(location)) {
                String name = nameOf(resource);
                if (documents.putIfAbsent(name, read(resource)) == null) {
                    slots.add(name);
                }
            }
        }
        Map<String, WorkflowDefinition> read = new LinkedHashMap<>();
        List<WorkflowDefinition> fromDocuments = WorkflowDefinitions.fromDocuments(documents,
                DefinitionResolver.of(beans).orPresets());
        List<String> names = List.copyOf(documents.keySet());
        for (int i = 0; i < names.size(); i++) {
            read.put(names.get(i), fromDocuments.get(i));
        }
        List<WorkflowDefinition> all = new ArrayList<>();
        for (Object slot : slots) {
            all.add(slot instanceof WorkflowDefinition preset ? preset : read.get((String) slot));
        }
        all.addAll(beans);
        if (all.isEmpty()) {
            throw new CasekitConfigurationException("Casekit found no workflow definition: casekit.definitions "
                    + properties.getDefinitions() + " matched nothing and the application defines no WorkflowDefinition bean",
                    "Set casekit.definitions to a preset name (" + String.join(", ", Presets.names())
                            + ") or to the location of your YAML definitions (e.g. classpath:casekit/*.yaml),"
                            + " or define a WorkflowDefinition bean.");
        }
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(d -> ids.add(d.id()));
        Optional<String> defaultDefinition = Optional.ofNullable(properties.getDefaultDefinition()).map(String::strip);
        defaultDefinition.ifPresent(id -> known(ids, id, "casekit.default-definition"));
        Map<String, String> customers = customers(properties, ids);
        LOG.info("Casekit definitions: {} (default {}), {} customer(s) with a definition of their own",
                all.stream().map(d -> d.id() + " v" + d.version()).toList(), defaultDefinition.orElse(all.get(0).id()), customers.size());
        return new CasekitDefinitions(all, defaultDefinition, customers);
    }

    private List<Resource> find(String location) {
        Resource[] found;
        try {
            found = resources.getResources(location);
        } catch (IOException e) {
            throw new CasekitConfigurationException("casekit.definitions names '" + location + "', which cannot be listed: " + e.getMessage(),
                    "Give a preset name (" + String.join(", ", Presets.names()) + ") or a resource location such as classpath:casekit/acme.yaml.");
        }
        List<Resource> existing = Arrays.stream(found).filter(Resource::exists).sorted(Comparator.comparing(DefinitionLoader::nameOf)).toList();
        boolean pattern = location.contains("*") || location.contains("?");
        if (existing.isEmpty() && !pattern) {
            throw new CasekitConfigurationException("casekit.definitions names '" + location
                    + "', which is neither a preset nor an existing resource",
                    "Give a preset name (" + String.join(", ", Presets.names()) + ") or the location of a YAML or JSON definition,"
                            + " such as classpath:casekit/acme.yaml or file:/etc/portal/acme.yaml.");
        }
        return existing;
    }

    private static String nameOf(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the workflow definition " + resource.getDescription(), e);
        }
    }

    private static void known(Set<String> ids, String id, String property) {
        if (!ids.contains(id)) {
            throw new CasekitConfigurationException(property + " names the definition '" + id + "', which is not loaded",
                    "Use one of the loaded definition ids " + ids + ", or load '" + id + "' through casekit.definitions.");
        }
    }

    private static Map<String, String> customers(CasekitProperties properties, Set<String> ids) {
        Map<String, String> customers = new LinkedHashMap<>();
        properties.getCustomers().forEach((customer, settings) -> {
            String property = "casekit.customers." + customer + ".definition";
            String id = settings.getDefinition();
            if (id == null || id.isBlank()) {
                throw new CasekitConfigurationException(property + " is missing", "Set " + property + " to one of " + ids + ".");
            }
            known(ids, id.strip(), property);
            customers.put(customer, id.strip());
        });
        Resource resource = properties.getCustomersResource();
        if (resource != null) {
            fromResource(resource).forEach((customer, id) -> {
                String where = "casekit.customers-resource (" + resource.getDescription() + ")";
                if (customers.containsKey(customer)) {
                    throw new CasekitConfigurationException(where + " gives customer '" + customer
                            + "' a definition that casekit.customers gives it too", "Name each customer in one place only.");
                }
                known(ids, id, where + " for customer '" + customer + "'");
                customers.put(customer, id);
            });
        }
        return customers;
    }

    private static Map<String, String> fromResource(Resource resource) {
        String where = "casekit.customers-resource (" + resource.getDescription() + ")";
        if (!resource.exists()) {
            throw new CasekitConfigurationException(where + " does not exist", "Point it at a YAML file of 'customer-id: definition-id' lines.");
        }
        @Nullable Map<String, String> read;
        try (InputStream in = resource.getInputStream()) {
            read = YAMLMapper.builder().build().readValue(in, new TypeReference<Map<String, String>>() { });
        } catch (IOException | JacksonException e) {
            throw new CasekitConfigurationException(where + " is not a YAML mapping of customer ids to definition ids: "
                    + e.getMessage(), "Write one 'customer-id: definition-id' line per customer.");
        }
        return read == null ? Map.of() : read;
    }
}
