package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a description or comment is written. Formatted text (bold, lists, links, inline images) is
 * HTML that Casekit sanitises with {@link io.casekit.core.richtext.RichText} before it is stored:
 * the case keeps the sanitised HTML for a portal to render and a plain-text rendering for search
 * and mail.
 */
@API(status = STABLE, since = "0.1.0")
public enum TextFormat {
    /** Plain text, stored as it is. */
    PLAIN,
    /** HTML from an editor, sanitised; refused if no text is left after sanitising. */
    HTML
}
