-- Casekit case store, schema version 8 (PostgreSQL): the timeline without its foreign key.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- Every commit inserts its events from the case row the same statement has just inserted or
-- updated under the version check (INSERT ... SELECT FROM the CTE that wrote the row): an event
-- without its case cannot be written, and cases are never deleted. The foreign key checked that
-- again, with a locking lookup of the case row per event, on the hottest path of the store.
ALTER TABLE casekit_event DROP CONSTRAINT casekit_event_case_fk;
