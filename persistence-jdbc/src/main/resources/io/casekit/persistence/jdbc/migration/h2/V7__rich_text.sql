-- Casekit case store, schema version 7 (H2 2.x): formatted descriptions.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.H2).

-- The description as sanitised HTML when it was written with formatting (NULL otherwise); the
-- description column keeps its plain text for search and mail.
ALTER TABLE casekit_case ADD COLUMN description_html VARCHAR;
