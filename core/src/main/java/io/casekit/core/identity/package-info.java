/** An in-memory {@link io.casekit.spi.identity.IdentityProvider}, for tests, examples and small embedded set-ups. */
@NullMarked
package io.casekit.core.identity;

import org.jspecify.annotations.NullMarked;
