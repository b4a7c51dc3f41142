package io.casekit.persistence.jdbc;

/**
 * Everything {@link H2TimerStoreTest} checks, on a pool whose connections have auto-commit off: each
 * compare-and-set claim then still commits on its own.
 */
class H2ManualCommitTimerStoreTest extends H2TimerStoreTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}
