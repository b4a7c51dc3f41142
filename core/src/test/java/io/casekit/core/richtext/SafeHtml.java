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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks sanitised HTML against the allow-list from the outside: every tag is an allowed element with
 * allowed attributes, every URL has an allowed scheme, and no other markup is left. It reads the
 * output as a browser would, so it does not trust the sanitiser's own bookkeeping.
 */
final class SafeHtml {

    static final Set<String> ELEMENTS = Set.of("b", "i", "u", "strong", "em", "p", "br", "ul", "ol", "li", "blockquote", "code", "pre", "a", "img");
    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "src", "alt", "width", "height");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?:\\s+[a-z0-9:-]+=\"[^\"<>]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z0-9:-]+)=\"([^\"]*)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");
    private static final Pattern LINK = Pattern.compile("(https?://|mailto:)\\S+");
    private static final Pattern IMAGE = Pattern.compile("https://\\S+|data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}");

    private SafeHtml() {}

    /** Asserts that {@code html} holds only the allowed markup. */
    static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        Matcher tags = TAG.matcher(html);
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (tags.find()) {
            rest.append(html, end, tags.start());
            end = tags.end();
            String element = tags.group(2);
            assertThat(ELEMENTS).as("element of %s in %s", tags.group(), html).contains(element);
            if (element.equals("img")) {
                assertThat(tags.group(3)).as("an image has a source: %s", tags.group()).contains(" src=\"");
            }
            Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
            while (attributes.find()) {
                String name = attributes.group(1);
                String value = decode(attributes.group(2));
                assertThat(ATTRIBUTES).as("attribute of %s in %s", tags.group(), html).contains(name);
                String lower = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x20]", "");
                if (!name.equals("alt")) {
                    // alt is text people read, not a URL or code: it may mention anything
                    assertThat(lower).as("attribute %s of %s", name, tags.group())
                            .doesNotContain("javascript:", "vbscript:", "data:text", "expression(");
                }
                if (name.equals("href")) {
                    assertThat(value).matches(LINK);
                    assertThat(element).isEqualTo("a");
                }
                if (name.equals("src")) {
                    assertThat(value).matches(IMAGE);
                    assertThat(element).isEqualTo("img");
                }
                if (name.equals("width") || name.equals("height")) {
                    assertThat(value).matches("[0-9]{1,4}");
                }
                if (name.equals("rel")) {
                    assertThat(value).isEqualTo("nofollow noopener noreferrer");
                }
            }
        }
        rest.append(html.substring(end));
        assertThat(rest.toString()).as("text outside tags of %s", html).doesNotContain("<", ">");
    }

    /** The tags of {@code html}, e.g. {@code [p, b, /b, /p]}. */
    static List<String> tags(String html) {
        return TAG.matcher(html).results().map(m -> m.group(1) + m.group(2)).toList();
    }

    private static String decode(String value) {
        String named = value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return NUMERIC_ENTITY.matcher(named).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }
}
