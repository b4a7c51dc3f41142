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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A text with placeholders such as {@code {{case.number}}} (spaces inside the braces are allowed).
 * Only the {@link TemplateField fields} can be named; there are no expressions, conditions or
 * scripts. Immutable.
 *
 * @param source the text as written
 * @param parts the literal texts and fields, in order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TextTemplate(String source, List<TextTemplate.Part> parts) {

    /**
     * Copies the parts; {@link #parse} makes them agree with the source.
     *
     * @param source the text as written
     * @param parts the literal texts and fields, in order
     */
    public TextTemplate {
        requireNonNull(source, "source");
        parts = List.copyOf(requireNonNull(parts, "parts"));
    }

    /**
     * Parses a text.
     *
     * @param source the text as written
     * @return the template
     * @throws IllegalArgumentException for an unknown field or an unclosed <code>{{</code>
     */
    public static TextTemplate parse(String source) {
        requireNonNull(source, "template text");
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = source.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = source.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed {{ at position " + open + "; write {{case.number}}");
            }
            String key = source.substring(open + 2, close).trim();
            TemplateField field = TemplateField.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "unknown placeholder {{" + key + "}}; known: " + TemplateField.keys()));
            if (open > at) {
                parts.add(new Literal(source.substring(at, open)));
            }
            parts.add(new Field(field));
            at = close + 2;
        }
        if (at < source.length()) {
            parts.add(new Literal(source.substring(at)));
        }
        return new TextTemplate(source, parts);
    }

    /**
     * Fills the fields: each value is passed through {@code escape} (HTML escaping for an HTML body,
     * line-break removal for a subject); the literal text is kept as written.
     *
     * @param values the value of each field, for the case and event being notified about
     * @param escape what each value goes through before it is inserted
     * @return the filled text
     */
    public String render(Function<TemplateField, String> values, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                out.append(escape.apply(values.apply(((Field) part).field())));
            }
        }
        return out.toString();
    }

    /** A piece of a template. */
    public sealed interface Part {}

    /** Text kept as written. @param text the text */
    public record Literal(String text) implements Part {
        /**
         * Checks that the text is present.
         *
         * @param text the text
         */
        public Literal {
            requireNonNull(text, "text");
        }
    }

    /** A placeholder. @param field the field it shows */
    public record Field(TemplateField field) implements Part {
        /**
         * Checks that the field is present.
         *
         * @param field the field it shows
         */
        public Field {
            requireNonNull(field, "field");
        }
    }
}
