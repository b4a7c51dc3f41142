/**
 * The contract every {@link io.casekit.spi.identity.IdentityProvider} passes, and the customers and actors it
 * expects the provider to know ({@link io.casekit.testkit.identity.IdentityFixture}).
 */
@NullMarked
package io.casekit.testkit.identity;

import org.jspecify.annotations.NullMarked;
