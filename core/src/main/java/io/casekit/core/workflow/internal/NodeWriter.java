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
package io.casekit.core.workflow.internal;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a {@link Node} tree through a streaming generator (jackson-core's JSON generator or
 * jackson-dataformat-yaml's), making the calls Jackson's own tree makes when it writes itself, so
 * that the text is the same as Jackson would write. Stateless, thread-safe.
 */
final class NodeWriter {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NodeWriter() {}

    /**
     * Writes JSON with line breaks and two-space indents, {@code "key": value} (no space before the
     * colon); Jackson's default pretty printer otherwise.
     */
    static ObjectWriteContext prettyJson() {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));
            }
        };
    }

    /** The text of {@code node} in the factory's format. */
    static String write(TokenStreamFactory factory, ObjectWriteContext context, Node node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(context, out)) {
            write(generator, node);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Node node) {
        if (node instanceof Node.Mapping mapping) {
            generator.writeStartObject(mapping, mapping.entries().size());
            for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
                generator.writeName(entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (node instanceof Node.Sequence sequence) {
            generator.writeStartArray(sequence, sequence.size());
            sequence.elements().forEach(element -> write(generator, element));
            generator.writeEndArray();
        } else if (node instanceof Node.Text text) {
            generator.writeString(text.value());
        } else if (node instanceof Node.Integral integral) {
            BigInteger value = integral.value();
            if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
                generator.writeNumber(value.longValue());
            } else {
                generator.writeNumber(value);
            }
        } else if (node instanceof Node.FloatingPoint number) {
            generator.writeNumber(number.value());
        } else if (node instanceof Node.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (node instanceof Node.Binary binary) {
            generator.writeBinary(binary.bytes());
        } else if (node instanceof Node.Null) {
            generator.writeNull();
        } else {
            throw new IllegalStateException("unknown node " + node);
        }
    }
}
