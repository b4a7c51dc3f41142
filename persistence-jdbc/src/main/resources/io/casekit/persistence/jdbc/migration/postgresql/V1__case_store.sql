-- Casekit case store, schema version 1 (PostgreSQL 14 or newer).
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- The current state of each case: one row, with the columns queries filter and sort on.
-- Written together with the case's events, in one transaction, under an optimistic check of version.
-- A case is updated many times: free space in each page (fillfactor 80) lets PostgreSQL update it
-- in place (HOT), without new entries in the id and number indexes.
-- Texts that queries compare and sort are binary (COLLATE "C"), whatever the database's default
-- collation: the same order in every database and in Java, which keyset paging continues from.
-- number_key and title_key are the number and title lower-cased by the store (Java, Locale.ROOT):
-- searches match them with LIKE, the same way in every database.
CREATE TABLE casekit_case (
    id                 VARCHAR(64)  COLLATE "C" NOT NULL,
    number             TEXT         COLLATE "C" NOT NULL,
    definition_id      TEXT         NOT NULL,
    definition_version INTEGER      NOT NULL,
    title              TEXT         COLLATE "C" NOT NULL,
    description        TEXT         NOT NULL,
    customer_id        TEXT         COLLATE "C" NOT NULL,
    contact_id         TEXT,
    end_user_name      TEXT,
    case_type          TEXT         COLLATE "C" NOT NULL,
    priority           TEXT         COLLATE "C" NOT NULL,
    status_reason      TEXT         COLLATE "C" NOT NULL,
    state              VARCHAR(16)  COLLATE "C" NOT NULL,
    stage              TEXT,
    owner_kind         VARCHAR(16),
    owner_id           TEXT,
    custom_fields      JSONB        NOT NULL,
    slas               JSONB        NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    modified_at        TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    event_count        BIGINT       NOT NULL,
    number_key         TEXT         COLLATE "C" NOT NULL,
    title_key          TEXT         COLLATE "C" NOT NULL,
    CONSTRAINT casekit_case_pk PRIMARY KEY (id),
    CONSTRAINT casekit_case_number_uq UNIQUE (number),
    CONSTRAINT casekit_case_state_ck CHECK (state IN ('OPEN', 'RESOLVED', 'CANCELLED')),
    CONSTRAINT casekit_case_owner_ck CHECK ((owner_kind IS NULL) = (owner_id IS NULL)),
    CONSTRAINT casekit_case_version_ck CHECK (version >= 1 AND event_count >= version)
) WITH (fillfactor = 80);

-- Each case's timeline, append-only: the event header in columns, the event's own fields in payload
-- ({"kind": ..., ...}; json, not jsonb: it is only ever read whole, and is kept exactly as written).
CREATE TABLE casekit_event (
    case_id     VARCHAR(64)  COLLATE "C" NOT NULL,
    sequence    BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor_kind  VARCHAR(16)  NOT NULL,
    actor_id    TEXT         NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    payload     JSON         NOT NULL,
    CONSTRAINT casekit_event_pk PRIMARY KEY (case_id, sequence),
    CONSTRAINT casekit_event_case_fk FOREIGN KEY (case_id) REFERENCES casekit_case (id)
);

-- Named sequences for case numbers: one row per sequence, incremented under its row lock.
CREATE TABLE casekit_sequence (
    name       VARCHAR(200) NOT NULL,
    last_value BIGINT       NOT NULL,
    CONSTRAINT casekit_sequence_pk PRIMARY KEY (name)
);
