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
package io.casekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.ChangedDefinitionException;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: a definition changed in place under the same id and version is noticed at start-up
 * (its fingerprint is kept by the store) and refused, unless the host declares the change deliberate.
 */
class DefinitionChangedInPlaceTest {

    private final InMemoryCaseStore store = new InMemoryCaseStore();

    private static WorkflowDefinition desk(String workingLabel) {
        return WorkflowDefinition.builder("desk", 3)
                .caseNumber("D-{seq}", 1)
                .priority(Priority.of("P3", 3, "Normal"))
                .caseType(CaseType.of("Incident", "Incident", "P3"))
                .status(StatusReason.of("new", "New", CaseState.OPEN))
                .status(StatusReason.of("working", workingLabel, CaseState.OPEN))
                .status(StatusReason.of("done", "Done", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("new").to("working").by(ActorKind.AGENT))
                .transition(Transition.from("working").to("done").by(ActorKind.AGENT))
                .build();
    }

    private Casekit.Builder casekit(WorkflowDefinition definition) {
        return Casekit.builder().store(store).identity(new InMemoryDirectory()).definition(definition);
    }

    @Test
    void theSameDefinitionStartsAgainOnTheSameStore() {
        casekit(desk("Working")).build();
        casekit(desk("Working")).build();
        casekit(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(desk("Working")))).build(); // read back from its document
    }

    @Test
    void aDefinitionChangedUnderTheSameVersionIsRefusedAtStartUpAndTheRecordStays() {
        casekit(desk("Working")).build();

        assertThatThrownBy(() -> casekit(desk("In progress")).build())
                .isInstanceOfSatisfying(ChangedDefinitionException.class,
                        e -> assertThat(e.definition()).isEqualTo(new DefinitionRef("desk", 3)))
                .hasMessageContaining("desk").hasMessageContaining("version 4").hasMessageContaining("redefined(\"desk\", 3)");
        casekit(desk("Working")).build(); // the first content is still the recorded one
    }

    @Test
    void aChangeDeclaredDeliberateReplacesTheRecordedFingerprint() {
        casekit(desk("Working")).build();

        casekit(desk("In progress")).redefined("desk", 3).build();

        casekit(desk("In progress")).build();
        assertThatThrownBy(() -> casekit(desk("Working")).build()).isInstanceOf(ChangedDefinitionException.class);
    }

    @Test
    void aVersionDeclaredRedefinedMustBeRegistered() {
        assertThatIllegalArgumentException().isThrownBy(() -> casekit(desk("Working")).redefined("desk", 2).build())
                .withMessageContaining("desk").withMessageContaining("not registered");
        assertThatIllegalArgumentException().isThrownBy(() -> casekit(desk("Working")).redefined("desk", 3).redefined("desk", 3))
                .withMessageContaining("already declared");
    }

    @Test
    void theFingerprintFollowsContentNotTheOrderOfAMappingsKeysOrTheTextsLayout() {
        WorkflowDefinition original = desk("Working");
        String fingerprint = WorkflowDefinitions.fingerprint(original).orElseThrow();
        String json = WorkflowDefinitions.toJson(original);
        String compact = json.replaceAll("\\n\\s*", "");

        assertThat(fingerprint).hasSize(64).matches("[0-9a-f]+");
        assertThat(WorkflowDefinitions.fingerprint(WorkflowDefinitions.fromJson(compact))).contains(fingerprint);
        assertThat(WorkflowDefinitions.fingerprint(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(original)))).contains(fingerprint);
        assertThat(WorkflowDefinitions.fingerprint(WorkflowDefinitions.fromJson(reorderedTopLevel(json)))).contains(fingerprint);
        assertThat(WorkflowDefinitions.fingerprint(desk("In progress"))).isNotEqualTo(WorkflowDefinitions.fingerprint(original));
    }

    /**
     * Pins each preset's fingerprint: a preset whose content changes must get a new version, or every
     * store that recorded the old content refuses to start with the new one. Record the new value here
     * together with the new version.
     */
    @Test
    void aPresetChangesItsVersionWhenItsContentChanges() {
        Map<String, String> pinned = new TreeMap<>();
        for (String name : Presets.names()) {
            WorkflowDefinition preset = Presets.load(name);
            pinned.put(preset.ref().toString(), WorkflowDefinitions.fingerprint(preset).orElseThrow());
        }
        assertThat(pinned).isEqualTo(PRESET_FINGERPRINTS);
    }

    private static final Map<String, String> PRESET_FINGERPRINTS = Map.of(
            "erp-consultancy@1", "0f8fda7a48aafe5fbf479db7a5a325064681a215122e8f448ffccc9191e78025",
            "erp-vendor@1", "6103885b6b7f799658621cc74b22ad648c37f4293f6df136b85b144e5af7311d",
            "it-services@1", "48537d59adf4979c3759606bc62df1ab609fc66d7143710b178c2d836125a3cd",
            "software-vendor@1", "06783d2c3eed878b3bb9f135da58ae163bb054808f834ebe7e7cbb36bd7cd9eb");

    /** The JSON document with its top-level keys in reverse order (every key on its own line at two spaces). */
    private static String reorderedTopLevel(String json) {
        var tree = new TreeMap<Integer, String>();
        StringBuilder entry = new StringBuilder();
        int index = 0;
        String[] lines = json.strip().split("\n");
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.startsWith("  \"") && entry.length() > 0) {
                tree.put(index++, entry.toString());
                entry.setLength(0);
            }
            entry.append(line).append('\n');
        }
        tree.put(index, entry.toString());
        StringBuilder out = new StringBuilder("{\n");
        for (String e : tree.descendingMap().values()) {
            String trimmed = e.stripTrailing();
            out.append(trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(",\n");
        }
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }
}
