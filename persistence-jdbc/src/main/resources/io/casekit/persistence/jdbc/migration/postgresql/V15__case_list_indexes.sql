-- Casekit case store, schema version 15 (PostgreSQL 14 or newer): indexes that serve the portal's
-- lists in order. Applied by Flyway with its own history table casekit_schema_history when the host
-- builds JdbcCaseStore with migrate(true); exported by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).
-- (The dashboard's counts already read V3's casekit_case_customer_list_ix and its INCLUDE columns.)

-- A customer's cases in every state, newest change first ("all cases of my company").
CREATE INDEX casekit_case_customer_modified_ix ON casekit_case (customer_id, modified_at, id);

-- The service desk's queue: the cases in one state, most urgent priority first.
CREATE INDEX casekit_case_state_priority_ix ON casekit_case (state, priority, id);
