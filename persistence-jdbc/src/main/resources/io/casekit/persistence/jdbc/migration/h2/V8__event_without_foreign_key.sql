-- Casekit case store, schema version 8 (H2 2.x): the timeline without its foreign key.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.H2).

-- Every commit inserts its events in the transaction that has just inserted or updated the case
-- row under the version check, and only after that row was written: an event without its case
-- cannot be written, and cases are never deleted. The foreign key checked that again, with a
-- lookup of the case row per event, on the hottest path of the store.
ALTER TABLE casekit_event DROP CONSTRAINT casekit_event_case_fk;
