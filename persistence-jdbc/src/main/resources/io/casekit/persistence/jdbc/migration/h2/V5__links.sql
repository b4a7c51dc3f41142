-- Casekit case store, schema version 5 (H2 2.x): links between cases (merges, parent and child,
-- follow-ups). Applied by Flyway with its own history table casekit_schema_history when the host
-- builds JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.H2).

-- The case's links as a JSON array of {"kind", "other", "since"}, in the order they were made; the
-- events CaseLinked and CaseUnlinked record each change. Existing cases have none.
ALTER TABLE casekit_case ADD COLUMN links VARCHAR DEFAULT '[]' NOT NULL;
