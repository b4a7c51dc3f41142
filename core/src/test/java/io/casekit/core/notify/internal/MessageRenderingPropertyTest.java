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
package io.casekit.core.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casekit.core.workflow.TemplateField;
import io.casekit.core.workflow.TextTemplate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a case holds, a value cannot become markup in the HTML body or a header line in the subject. */
class MessageRenderingPropertyTest {

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.strings().withChars("<>&\"'\r\n\t /=abc;#x").ofMaxLength(40)
                .injectDuplicates(0.1)
                .edgeCases(edges -> edges.add("<script>alert(1)</script>"));
    }

    @Property
    void anEscapedValueHasNoMarkupAndUnescapesToItselfWithNormalisedLineBreaks(@ForAll("hostileText") String value) {
        String html = MessageRendering.html(value);

        assertThat(html.replace("<br>", "")).doesNotContain("<", ">", "\"", "'");
        assertThat(html.replace("<br>", "").replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
                .replace("&#39;", "")).doesNotContain("&");
        String unescaped = html.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertThat(unescaped).isEqualTo(value.replace("\r\n", "\n").replace('\r', '\n'));
    }

    @Property
    void aTemplateOnlyEverEscapesValuesNeverItsOwnMarkup(@ForAll("hostileText") String title) {
        TextTemplate template = TextTemplate.parse("<p>{{case.title}}</p>");

        String html = template.render(f -> f == TemplateField.CASE_TITLE ? title : "", MessageRendering::html);

        assertThat(html).startsWith("<p>").endsWith("</p>");
        assertThat(html.substring(3, html.length() - 4)).isEqualTo(MessageRendering.html(title));
    }

    @Property
    void aSubjectValueStaysOnOneLine(@ForAll String value) {
        String line = MessageRendering.oneLine(value);

        assertThat(line).hasSameSizeAs(value);
        assertThat(line.chars()).noneMatch(Character::isISOControl);
    }
}
