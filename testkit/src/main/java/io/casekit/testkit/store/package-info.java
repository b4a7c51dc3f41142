/**
 * The contract every {@link io.casekit.spi.store.CaseStore} passes ({@link io.casekit.testkit.store.CaseStoreContract}) and the
 * cases and commits it builds without the engine ({@link io.casekit.testkit.store.CaseFixtures}).
 */
@NullMarked
package io.casekit.testkit.store;

import org.jspecify.annotations.NullMarked;
