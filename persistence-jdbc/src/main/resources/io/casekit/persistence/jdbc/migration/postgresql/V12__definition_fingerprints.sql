-- Casekit case store, schema version 12 (PostgreSQL): the fingerprints of the definition versions.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- One row per workflow definition version Casekit was built with on this database: the fingerprint
-- of its content, recorded by the first build and compared by every later one, so that a definition
-- changed in place under the same id and version is refused at start-up instead of silently giving
-- its open cases other rules. A build that declares the change deliberate replaces the fingerprint.
-- Existing databases get the empty table: the next build records what it runs.
CREATE TABLE casekit_definition (
    definition_id      TEXT    COLLATE "C" NOT NULL,
    definition_version INTEGER NOT NULL,
    fingerprint        VARCHAR(64) NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT casekit_definition_pk PRIMARY KEY (definition_id, definition_version)
);
