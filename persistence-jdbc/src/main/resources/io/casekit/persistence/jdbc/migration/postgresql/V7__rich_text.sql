-- Casekit case store, schema version 7 (PostgreSQL 14 or newer): formatted descriptions.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- The description as sanitised HTML when it was written with formatting (NULL otherwise); the
-- description column keeps its plain text for search and mail.
ALTER TABLE casekit_case ADD COLUMN description_html TEXT;
