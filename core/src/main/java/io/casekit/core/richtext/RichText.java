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

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A description or comment with formatting: HTML that is safe to render, and its plain-text
 * rendering. Immutable and thread-safe.
 *
 * <p>The only way to get one is from untrusted input through {@link #fromHtml} or
 * {@link #fromPlainText}, so a {@code RichText} always holds sanitised HTML (that is why it is a
 * class with a private constructor and not a record). Sanitising is idempotent: sanitising
 * {@link #html()} again gives an equal {@code RichText}, so stored HTML may be passed through
 * {@code fromHtml} again when it is read back.
 *
 * <p>What survives sanitising: {@code b i u strong em p br ul ol li blockquote code pre}; links
 * ({@code a href}) to {@code http:}, {@code https:} and {@code mailto:} URLs, each given
 * {@code rel="nofollow noopener noreferrer"}; images ({@code img src alt width height}) whose source is an
 * {@code https:} URL or a base64 {@code data:} URL of a PNG, JPEG or GIF. Everything else is dropped:
 * scripts, styles and their content, event handlers, {@code style} and {@code class} attributes,
 * other URL schemes (among them {@code javascript:}, {@code vbscript:}, {@code data:text/html},
 * relative URLs), SVG, frames, objects, forms, {@code base} and {@code meta} elements. The text of
 * dropped elements is kept, except inside {@code script}, {@code style} and similar elements.
 *
 * <p>The plain text decodes entities, ends each paragraph, list, quotation and preformatted block
 * with a blank line, keeps line breaks, writes list items as {@code - item} (numbered lists as
 * {@code 1. item}, nested ones indented), quotations as {@code > line}, links as {@code text (url)}
 * (just the URL if the text is the URL) and images as {@code [image: alt]}; elsewhere runs of
 * white space become one space, as a browser shows them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RichText {

    private static final RichText EMPTY = new RichText("", "");

    private final String html;
    private final String plainText;

    RichText(String html, String plainText) {
        this.html = requireNonNull(html, "html");
        this.plainText = requireNonNull(plainText, "plainText");
    }

    /**
     * Sanitises untrusted HTML, e.g. a rich-text editor's output.
     *
     * @param untrustedHtml the HTML as the browser sent it
     * @return the sanitised text
     */
    public static RichText fromHtml(String untrustedHtml) {
        return RichTextSanitizer.INSTANCE.sanitize(requireNonNull(untrustedHtml, "untrustedHtml"));
    }

    /**
     * Formats plain text, e.g. a mail body: the characters are escaped, and line breaks kept; nothing
     * in it is taken for markup.
     *
     * @param text the plain text
     * @return the formatted text
     */
    public static RichText fromPlainText(String text) {
        return RichTextSanitizer.INSTANCE.sanitize(RichTextSanitizer.escape(requireNonNull(text, "text")));
    }

    /** {@return the empty text} */
    public static RichText empty() {
        return EMPTY;
    }

    /**
     * {@return the sanitised HTML, safe to insert into a page as it is (it is a fragment, not a
     * document)}
     */
    public String html() {
        return html;
    }

    /** {@return the plain-text rendering, for search, previews and text mail} */
    public String plainText() {
        return plainText;
    }

    /** {@return whether nothing is left to show: no text and no image} */
    public boolean isEmpty() {
        return plainText.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText that && html.equals(that.html) && plainText.equals(that.plainText);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return "RichText[" + html + "]";
    }
}
