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

import static io.casekit.core.workflow.DefinitionComparison.assertSameParts;
import static io.casekit.spi.model.ActorKind.AGENT;

import io.casekit.spi.model.CaseState;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Written definitions read back to equal ones, whatever their texts: presets and a definition built
 * in Java with every part, renamed, relabelled and given a status whose code and label are texts that
 * YAML reads as something else when unquoted (yes, null, 1e3, "# x", "a: b", line breaks, ...).
 */
class DefinitionWriterPropertyTest {

    private static final List<WorkflowDefinition> BASES = Stream.concat(Presets.names().stream().map(Presets::load),
            Stream.of(DefinitionWriterTest.everything())).toList();

    /** A change to a definition: a new name, labels in one language, and one more status. */
    record Change(WorkflowDefinition base, String name, String language, List<String> labels, String code, String label) {

        WorkflowDefinition apply() {
            WorkflowDefinition.Builder b = base.toBuilder();
            b.name(name);
            List<StatusReason> statuses = base.statusReasons();
            for (int i = 0; i < labels.size() && i < statuses.size(); i++) {
                StatusReason s = statuses.get(i);
                b.put(DefinitionSection.STATUS_REASONS, DefinitionSection.STATUS_REASONS.relabel(s, s.labels().and(language, labels.get(i))));
            }
            for (int i = 0; i < labels.size() && i < base.priorities().size(); i++) {
                Priority p = base.priorities().get(i);
                b.put(DefinitionSection.PRIORITIES, new Priority(p.code(), p.rank(), p.labels().and(language, labels.get(i))));
            }
            String finished = statuses.stream().filter(s -> s.state() != CaseState.OPEN).findFirst().orElseThrow().code();
            b.status(StatusReason.of(code, label, CaseState.OPEN));
            b.transition(Transition.from(base.initialStatus()).to(code).by(AGENT));
            b.transition(Transition.from(code).to(finished).by(AGENT));
            return b.build();
        }
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.of("yes", "no", "on", "off", "true", "False", "null", "Null", "~", "1e3", "0x10", "010", "1.50", ".5", "-1",
                        "+1", "1_000", "12:30", "2026-12-25", "# not a comment", "a: b", "a #b", "- item", "[x]", "{x}", "\"quoted\"",
                        "'single'", "two\nlines", "trailing\n", " padded ", "*star", "&anchor", "!tag", "@at", "`tick", "%pct", "|", ">",
                        "?", ":", "-", "P1", "ünïcödé", "日本語", "😀", "tab\there", "{{case.number}}", "{seq}"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(15),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)).filter(t -> !t.isBlank());
        return Arbitraries.of(BASES).flatMap(base -> {
            Arbitrary<String> newCodes = texts.filter(t -> !t.equals(Transition.ANY) && base.statusReason(t).isEmpty())
                    .filter(t -> t.strip().equals(t) && t.chars().noneMatch(Character::isISOControl));
            return Combinators.combine(texts, Arbitraries.of("en", "nl", "fr", "de", "pt-BR"), texts.list().ofMinSize(1).ofMaxSize(6),
                    newCodes, texts).as((name, language, labels, code, label) -> new Change(base, name, language, labels, code, label));
        });
    }

    @Property(tries = 60)
    void whatIsWrittenReadsBackEqual(@ForAll("changes") Change change) {
        WorkflowDefinition definition = change.apply();

        assertSameParts(WorkflowDefinitions.fromYaml(WorkflowDefinitions.toYaml(definition)), definition);
        assertSameParts(WorkflowDefinitions.fromJson(WorkflowDefinitions.toJson(definition)), definition);
    }
}
