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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.owasp.html.HtmlStreamEventReceiver;
import org.jspecify.annotations.Nullable;

/**
 * Renders a sanitised, balanced event stream as plain text (see {@link RichText} for the rules).
 * Entities arrive decoded. One instance renders one document; not thread-safe.
 */
final class PlainTextRenderer implements HtmlStreamEventReceiver {

    private final StringBuilder out = new StringBuilder();
    private final Deque<ListLevel> lists = new ArrayDeque<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private int preformatted;
    private int quoted;
    private boolean atLineStart = true;
    /** Whether nothing followed the last list marker yet, so a paragraph inside the item continues its line. */
    private boolean afterMarker;

    /** An open list: numbered or not, and the next number. */
    private static final class ListLevel {
        final boolean numbered;
        int next = 1;

        ListLevel(boolean numbered) {
            this.numbered = numbered;
        }
    }

    /** An open link: where its text starts, and its target. */
    private record Link(int start, @Nullable String href) {}

    /** The rendered text: trailing blanks removed from every line, at most one blank line in a row, no blank lines around. */
    String text() {
        StringBuilder tidy = new StringBuilder(out.length());
        int blankLines = 0;
        for (String line : out.toString().split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty() || trimmed.chars().allMatch(c -> c == '>')) {
                blankLines++;
                continue;
            }
            if (tidy.length() > 0) {
                tidy.append(blankLines > 0 ? "\n\n" : "\n");
            }
            tidy.append(trimmed);
            blankLines = 0;
        }
        return tidy.toString();
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String element, List<String> attributes) {
        switch (element) {
            case "p", "pre", "blockquote" -> {
                startBlock();
                if (element.equals("pre")) {
                    preformatted++;
                } else if (element.equals("blockquote")) {
                    quoted++;
                }
            }
            case "ul", "ol" -> {
                if (lists.isEmpty()) {
                    blankLine();
                } else {
                    lineBreak();
                }
                lists.push(new ListLevel(element.equals("ol")));
            }
            case "li" -> {
                lineBreak();
                ListLevel list = lists.peek();
                append("  ".repeat(Math.max(0, lists.size() - 1)));
                append(list != null && list.numbered ? list.next++ + ". " : "- ");
                afterMarker = true;
            }
            case "br" -> append("\n");
            case "a" -> links.push(new Link(out.length(), attribute(attributes, "href")));
            case "img" -> {
                String alt = attribute(attributes, "alt");
                append(alt == null || alt.isBlank() ? "[image]" : "[image: " + alt.strip() + "]");
            }
            default -> {
                // inline formatting (b, i, u, strong, em, code) has no plain-text form
            }
        }
    }

    @Override
    public void closeTag(String element) {
        switch (element) {
            case "p" -> endBlock();
            case "pre" -> {
                preformatted--;
                endBlock();
            }
            case "blockquote" -> {
                endBlock();
                quoted--;
            }
            case "ul", "ol" -> {
                lists.pop();
                if (lists.isEmpty()) {
                    blankLine();
                } else {
                    lineBreak();
                }
            }
            case "li" -> lineBreak();
            case "a" -> {
                Link link = links.pop();
                String text = out.substring(link.start()).strip();
                String href = link.href();
                if (href != null && !text.equals(href) && !href.equals("mailto:" + text)) {
                    append(text.isEmpty() ? href : " (" + href + ")");
                }
            }
            default -> {
                // nothing to end
            }
        }
    }

    @Override
    public void text(String text) {
        if (preformatted > 0) {
            append(text.replace("\r\n", "\n").replace('\r', '\n'));
            return;
        }
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && !(collapsed.length() == 0 && (atLineStart || endsWithSpace()))) {
                    collapsed.append(' ');
                }
                space = false;
                collapsed.append(c);
            }
        }
        if (space && !(collapsed.length() == 0 && (atLineStart || endsWithSpace()))) {
            collapsed.append(' ');
        }
        append(collapsed.toString());
    }

    private boolean endsWithSpace() {
        return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    private static @Nullable String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    /** A paragraph, quotation or preformatted block starts: a blank line before it, or a line break inside a list. */
    private void startBlock() {
        if (lists.isEmpty()) {
            blankLine();
        } else if (!afterMarker) {
            lineBreak();
        }
    }

    private void endBlock() {
        if (lists.isEmpty()) {
            blankLine();
        } else {
            lineBreak();
        }
    }

    private void lineBreak() {
        if (!atLineStart) {
            append("\n");
        }
    }

    private void blankLine() {
        lineBreak();
        if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
            append("\n");
        }
    }

    /** Appends text, starting each new line inside a quotation with its {@code > } markers. */
    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append('\n');
                atLineStart = true;
                continue;
            }
            if (atLineStart) {
                out.append("> ".repeat(quoted));
                atLineStart = false;
            }
            out.append(c);
            afterMarker = false;
        }
    }
}
