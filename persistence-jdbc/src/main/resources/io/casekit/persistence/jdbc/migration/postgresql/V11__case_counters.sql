-- Casekit case store, schema version 11 (PostgreSQL): counters that case commits advance.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- Named counters for per-customer case numbers ({customerSeq}), one row per counter (such as
-- case-number/<definition>/customer/<customer>), holding the last value a commit took. The row is
-- inserted (first value) or updated under a check of its value in the transaction of the commit
-- that opens the case: a refused commit takes no value, and of two commits that expect the same
-- value one is refused (the second waits for the first's row lock, then finds the value moved or
-- the key taken). Existing databases get the empty table: counting starts with the next case.
CREATE TABLE casekit_counter (
    name       TEXT    COLLATE "C" NOT NULL,
    last_value BIGINT  NOT NULL,
    CONSTRAINT casekit_counter_pk PRIMARY KEY (name),
    CONSTRAINT casekit_counter_value_ck CHECK (last_value >= 1)
);
