-- Casekit case store, schema version 6 (PostgreSQL 14 or newer): escalation levels.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- How far up the customer's escalation ladder a case went: 0 while it never escalated.
ALTER TABLE casekit_case ADD COLUMN escalation_level INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE casekit_case ADD CONSTRAINT casekit_case_escalation_ck CHECK (escalation_level >= 0);
