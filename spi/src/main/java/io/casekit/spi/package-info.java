/**
 * The plug-in contracts of Casekit and the plain data that crosses them. This module depends on nothing of Casekit's own, so a third party can implement a store, a notifier or an identity provider against it alone.
 */
@NullMarked
package io.casekit.spi;

import org.jspecify.annotations.NullMarked;
