package io.casekit.persistence.jdbc;

/**
 * Everything {@link PostgresOutboxTest} checks, on a pool whose connections have auto-commit off: each
 * claim and each end of an attempt then still commits on its own.
 */
class PostgresManualCommitOutboxTest extends PostgresOutboxTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}
