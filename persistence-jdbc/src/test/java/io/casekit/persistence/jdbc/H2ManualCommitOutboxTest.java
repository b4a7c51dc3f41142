package io.casekit.persistence.jdbc;

/**
 * Everything {@link H2OutboxTest} checks, on a pool whose connections have auto-commit off: each
 * claim and each end of an attempt then still commits on its own.
 */
class H2ManualCommitOutboxTest extends H2OutboxTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}
