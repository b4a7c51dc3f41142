-- Casekit case store, schema version 3 (PostgreSQL 14 or newer): indexes of the case lists.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- A customer's portal: the customer's cases in one state (open, closed...), newest change first,
-- page after page (keyset on modified_at, id). The dashboard's counts of one customer's open cases
-- per priority, status reason or case type read the index alone (INCLUDE), not the table.
CREATE INDEX casekit_case_customer_list_ix ON casekit_case (customer_id, state, modified_at, id)
    INCLUDE (priority, status_reason, case_type);

-- The service desk's lists: every customer's cases in one state, newest change first.
CREATE INDEX casekit_case_state_list_ix ON casekit_case (state, modified_at, id);
