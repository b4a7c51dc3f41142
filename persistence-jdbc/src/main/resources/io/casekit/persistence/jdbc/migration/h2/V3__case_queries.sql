-- Casekit case store, schema version 3 (H2 2.x): indexes of the case lists.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.H2).

-- A customer's portal: the customer's cases in one state (open, closed...), newest change first,
-- page after page (keyset on modified_at, id). Also serves counts of one customer's open cases.
CREATE INDEX casekit_case_customer_list_ix ON casekit_case (customer_id, state, modified_at, id);

-- The service desk's lists: every customer's cases in one state, newest change first.
CREATE INDEX casekit_case_state_list_ix ON casekit_case (state, modified_at, id);
