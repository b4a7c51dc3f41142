/**
 * Formatted text in descriptions and comments: {@link io.casekit.core.richtext.RichText}, HTML that
 * the OWASP Java HTML Sanitizer has reduced to a small set of formatting, links and images, so that a
 * portal can render it without cross-site scripting, together with a plain-text rendering for
 * search and mail.
 */
@NullMarked
package io.casekit.core.richtext;

import org.jspecify.annotations.NullMarked;
