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

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The sanitising policy behind {@link RichText} (see there for what it keeps), built on the OWASP
 * Java HTML Sanitizer, and the one pass that produces the safe HTML and the plain text together.
 * Thread-safe.
 */
final class RichTextSanitizer {

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s]+");
    private static final Pattern IMAGE = Pattern.compile("(?i)https://[^\\s]+|data:image/(png|jpeg|gif);base64,[a-z0-9+/]+={0,2}");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,4}");

    /** The one instance; declared after the patterns its policy uses. */
    static final RichTextSanitizer INSTANCE = new RichTextSanitizer();

    /** How often a text is sanitised at most while looking for a fixpoint; two passes suffice in practice. */
    private static final int MAX_PASSES = 4;

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("b", "i", "u", "strong", "em", "p", "br", "ul", "ol", "li", "blockquote", "code", "pre", "a")
            // an image whose source was refused is dropped whole, alt text and all
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            // the protocol filter is one gate; the patterns below are the stricter one per attribute
            .allowUrlProtocols("http", "https", "mailto", "data")
            .allowAttributes("href").matching(LINK).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching(IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(DIMENSION).onElements("img")
            .toFactory();

    private RichTextSanitizer() {}

    /**
     * Sanitises {@code untrusted} and renders the result as plain text.
     *
     * <p>One pass is safe, but not always stable: the tag balancer may nest elements in a way that
     * an HTML parser, reading the output again, nests differently (a list it opens for a stray
     * {@code <li>} inside a paragraph). So the output is sanitised again until it no longer changes,
     * which makes sanitising idempotent: stored HTML read back and sanitised again stays equal.
     */
    RichText sanitize(String untrusted) {
        RichText result = pass(untrusted);
        for (int i = 1; i < MAX_PASSES; i++) {
            RichText again = pass(result.html());
            if (again.equals(result)) {
                break;
            }
            result = again;
        }
        return result;
    }

    /** One pass of the sanitiser, rendering both outputs from the same event stream. */
    private RichText pass(String untrusted) {
        StringBuilder html = new StringBuilder(untrusted.length());
        HtmlStreamRenderer htmlOut = HtmlStreamRenderer.create(html, Handler.DO_NOTHING);
        PlainTextRenderer textOut = new PlainTextRenderer();
        HtmlSanitizer.sanitize(untrusted, policy.apply(new Both(htmlOut, textOut)));
        return new RichText(html.toString(), textOut.text());
    }

    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** HTML that shows {@code text} literally, with its line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Sends the sanitised event stream to both renderers. */
    private record Both(HtmlStreamEventReceiver first, HtmlStreamEventReceiver second) implements HtmlStreamEventReceiver {

        @Override
        public void openDocument() {
            first.openDocument();
            second.openDocument();
        }

        @Override
        public void closeDocument() {
            first.closeDocument();
            second.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            first.openTag(elementName, attrs);
            second.openTag(elementName, attrs);
        }

        @Override
        public void closeTag(String elementName) {
            first.closeTag(elementName);
            second.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            first.text(text);
            second.text(text);
        }
    }
}
