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

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of putting elements by key into a definition taken apart with {@code toBuilder()}. */
class DefinitionSectionPropertyTest {

    private static final List<WorkflowDefinition> PRESETS = Presets.names().stream().map(Presets::load).toList();

    /** A preset and some of its elements, of any section, in any order. */
    record Case(WorkflowDefinition preset, List<Put<?>> puts) {}

    record Put<T>(DefinitionSection<T> section, T element) {
        void into(WorkflowDefinition.Builder b) {
            b.put(section, element);
        }
    }

    @Provide
    Arbitrary<Case> presetsWithSomeOfTheirElements() {
        return Arbitraries.of(PRESETS).flatMap(preset -> {
            WorkflowDefinition.Builder all = preset.toBuilder();
            List<Put<?>> candidates = DefinitionSection.ALL.stream().<Put<?>>flatMap(section -> puts(section, all).stream()).toList();
            return Arbitraries.of(candidates).list().ofMaxSize(30).map(puts -> new Case(preset, puts));
        });
    }

    private static <T> List<Put<T>> puts(DefinitionSection<T> section, WorkflowDefinition.Builder b) {
        return section.list(b).stream().map(e -> new Put<>(section, e)).toList();
    }

    @Property(tries = 40)
    void puttingBackElementsOfTheDefinitionChangesNothing(@ForAll("presetsWithSomeOfTheirElements") Case c) {
        WorkflowDefinition.Builder b = c.preset().toBuilder();
        c.puts().forEach(put -> put.into(b));

        DefinitionComparison.assertSameParts(b.build(), c.preset());
    }

    @Provide
    Arbitrary<Relabelling> relabellings() {
        return Arbitraries.of(PRESETS).flatMap(preset -> {
            List<String> codes = preset.statusReasons().stream().map(StatusReason::code).toList();
            return Combinators.combine(Arbitraries.of(codes).set().ofMinSize(1).ofMaxSize(5),
                    Arbitraries.of("en", "nl", "fr", "de"), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12))
                    .as((statuses, language, text) -> new Relabelling(preset, List.copyOf(statuses), language, text));
        });
    }

    record Relabelling(WorkflowDefinition preset, List<String> statuses, String language, String text) {}

    @Property(tries = 25)
    void relabellingInYamlChangesOnlyThoseLabels(@ForAll("relabellings") Relabelling r) {
        StringBuilder yaml = new StringBuilder("extends: " + r.preset().id() + "\nid: child\nversion: 1\nlabels:\n  statusReasons:\n");
        r.statuses().forEach(code -> yaml.append("    \"").append(code).append("\": {").append(r.language()).append(": \"")
                .append(r.text()).append("\"}\n"));

        WorkflowDefinition child = WorkflowDefinitions.fromYaml(yaml.toString(), "child.yaml", DefinitionResolver.presets());

        for (StatusReason status : r.preset().statusReasons()) {
            StatusReason derived = child.statusReason(status.code()).orElseThrow();
            if (r.statuses().contains(status.code())) {
                assertThat(derived.labels().text(Locale.forLanguageTag(r.language()))).isEqualTo(r.text());
                assertThat(derived.labels().byLanguage()).containsAllEntriesOf(withoutLanguage(status.labels(), r.language()));
                assertThat(derived).usingRecursiveComparison().ignoringFields("labels").isEqualTo(status);
            } else {
                assertThat(derived).isEqualTo(status);
            }
        }
        DefinitionComparison.assertSameParts(child, r.preset(), "ref", "name", "statusReasons", "statusByCode");
    }

    private static java.util.Map<String, String> withoutLanguage(Labels labels, String language) {
        java.util.Map<String, String> copy = new java.util.LinkedHashMap<>(labels.byLanguage());
        copy.remove(language);
        return copy;
    }
}
