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
package io.casekit.core.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mixes of dangerous and harmless tags, attributes, URL schemes, entity encodings and broken
 * markup: the output holds only allowed markup (see {@link SafeHtml}), and sanitising is idempotent.
 */
class RichTextPropertyTest {

    private static final List<String> TAGS = List.of("script", "img", "a", "svg", "iframe", "object", "embed", "style", "p", "b",
            "i", "ul", "ol", "li", "div", "span", "base", "form", "meta", "link", "math", "body", "input", "textarea", "noscript",
            "title", "template", "blockquote", "pre", "code", "br", "button", "details", "video", "source");
    private static final List<String> ATTRIBUTES = List.of("onerror", "onload", "onclick", "onmouseover", "href", "src", "style",
            "formaction", "xlink:href", "srcdoc", "action", "alt", "width", "rel", "target", "background", "http-equiv", "content");
    private static final List<String> VALUES = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
            "&#106;avascript:alert(1)", "javascript&colon;alert(1)", " javascript:alert(1)", "java\nscript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml;base64,PHN2Zz4=", "data:image/png;base64,iVBORw0KGgo=", "https://ok.example/x?a=1&b=2",
            "http://ok.example", "mailto:a@b.example", "expression(alert(1))", "0;url=javascript:alert(1)", "alert(1)", "x", "",
            "\"><script>alert(1)</script>", "' onerror='alert(1)");
    private static final List<String> TEXTS = List.of("hello", "&amp;", "&lt;script&gt;", "<", ">", "\"", "'", "\n", " ", "&#x3C;script&#x3E;",
            "<!--", "-->", "]]>", "<![CDATA[", "&nbsp;", "é", "=", "/", "`");

    @Property(tries = 1500)
    void theOutputHoldsOnlyAllowedMarkup(@ForAll("markup") String input) {
        RichText text = RichText.fromHtml(input);

        SafeHtml.assertSafe(text.html());
        assertThat(text.html().toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<style");
    }

    @Property(tries = 1500)
    void sanitisingIsIdempotent(@ForAll("markup") String input) {
        RichText once = RichText.fromHtml(input);

        assertThat(RichText.fromHtml(once.html())).isEqualTo(once);
    }

    @Property(tries = 500)
    void plainTextInputBecomesTextAndLineBreaksOnly(@ForAll("markup") String input) {
        RichText text = RichText.fromPlainText(input);

        assertThat(SafeHtml.tags(text.html())).allMatch("br"::equals);
        SafeHtml.assertSafe(text.html());
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.oneOf(openTag(), closeTag(), Arbitraries.of(TEXTS), Arbitraries.strings().ofMaxLength(6))
                .list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }

    private Arbitrary<String> openTag() {
        Arbitrary<String> attribute = Combinators.combine(Arbitraries.of(ATTRIBUTES), Arbitraries.of(VALUES), Arbitraries.of("\"", "'", ""))
                .as((name, value, quote) -> " " + name + "=" + quote + value + quote);
        return Combinators.combine(tagName(), attribute.list().ofMaxSize(3), Arbitraries.of(">", "/>", "", " >"))
                .as((name, attributes, end) -> "<" + name + String.join("", attributes) + end);
    }

    private Arbitrary<String> closeTag() {
        return tagName().map(name -> "</" + name + ">");
    }

    private Arbitrary<String> tagName() {
        return Combinators.combine(Arbitraries.of(TAGS), Arbitraries.of(true, false))
                .as((name, upper) -> upper ? name.toUpperCase(Locale.ROOT) : name);
    }
}
