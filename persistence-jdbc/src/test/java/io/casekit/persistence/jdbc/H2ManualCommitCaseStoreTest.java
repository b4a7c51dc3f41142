package io.casekit.persistence.jdbc;

/**
 * Everything {@link H2CaseStoreTest} checks, on a pool whose connections have auto-commit off (as
 * many hosts configure them): the store then writes each commit in an explicit transaction.
 */
class H2ManualCommitCaseStoreTest extends H2CaseStoreTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}
