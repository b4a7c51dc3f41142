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

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.casekit.core.workflow.internal.Node;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fingerprint of a definition: the SHA-256 of the tree {@link DefinitionWriter} writes, walked
 * with every value tagged by its kind and length, and the keys of each mapping in sorted order. So
 * any change of content counts (a label, a template, the order of a list), while the order in which
 * a document lists the keys of a mapping does not, and neither does the layout of a YAML or JSON
 * text. Stateless.
 */
final class DefinitionFingerprint {

    private DefinitionFingerprint() {}

    /** 64 hexadecimal digits, or empty for a definition the format cannot write (see {@link WorkflowDefinitions#toYaml}). */
    static Optional<String> of(WorkflowDefinition definition) {
        Node.Mapping tree;
        try {
            tree = DefinitionWriter.write(definition);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Hasher hasher = Hashing.sha256().newHasher();
        feed(hasher, tree);
        return Optional.of(hasher.hash().toString());
    }

    private static void feed(Hasher hasher, Node node) {
        if (node instanceof Node.Mapping mapping) {
            hasher.putChar('M').putInt(mapping.entries().size());
            for (Map.Entry<String, Node> entry : new TreeMap<>(mapping.entries()).entrySet()) {
                text(hasher, entry.getKey());
                feed(hasher, entry.getValue());
            }
        } else if (node instanceof Node.Sequence sequence) {
            hasher.putChar('S').putInt(sequence.elements().size());
            sequence.elements().forEach(element -> feed(hasher, element));
        } else if (node instanceof Node.Text text) {
            text(hasher.putChar('T'), text.value());
        } else if (node instanceof Node.Integral integral) {
            text(hasher.putChar('I'), integral.value().toString());
        } else if (node instanceof Node.FloatingPoint floating) {
            hasher.putChar('F').putDouble(floating.value());
        } else if (node instanceof Node.Bool bool) {
            hasher.putChar('B').putBoolean(bool.value());
        } else if (node instanceof Node.Binary binary) {
            hasher.putChar('X').putInt(binary.bytes().length).putBytes(binary.bytes());
        } else {
            hasher.putChar('N');
        }
    }

    private static void text(Hasher hasher, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        hasher.putInt(bytes.length).putBytes(bytes);
    }
}
