-- Casekit case store, schema version 10 (H2 2.x): timers and outbox rows without foreign keys.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.H2).

-- Timers and notifications are written only by a case commit, after (on PostgreSQL: from) the case
-- row that commit has just inserted or updated under the version check, in its transaction, and
-- cases are never deleted: a timer or an outbox row without its case cannot be written. The keys
-- checked that again with a lookup of the case row per timer and per notification, on the commit
-- path (as the event key did before V8). Existing rows are kept as they are.
ALTER TABLE casekit_timer DROP CONSTRAINT casekit_timer_case_fk;
ALTER TABLE casekit_outbox DROP CONSTRAINT casekit_outbox_case_fk;
