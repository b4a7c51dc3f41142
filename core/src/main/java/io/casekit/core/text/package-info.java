/**
 * Rules for the text that commands carry: {@link io.casekit.core.text.NoControlCharacters}.
 */
@NullMarked
package io.casekit.core.text;

import org.jspecify.annotations.NullMarked;
