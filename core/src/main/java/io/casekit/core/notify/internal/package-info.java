/**
 * Notification planning: which rule notifies whom about a change, rendered into outbox messages. Internal: not part of the API, may change without notice; do not import it.
 */
@NullMarked
package io.casekit.core.notify.internal;

import org.jspecify.annotations.NullMarked;
