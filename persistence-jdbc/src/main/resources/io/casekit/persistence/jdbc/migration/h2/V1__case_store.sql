-- Casekit case store, schema version 1 (H2 2.x).
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported by JdbcCaseStore.schemaSql(Dialect.H2).
-- The same tables as the PostgreSQL schema, in H2's types. JSON documents (custom fields, SLA
-- instances, event payloads) are kept as text: H2's JSON type would parse every document on every
-- write and offers no query the store needs.

-- The current state of each case: one row, with the columns queries filter and sort on. H2 compares
-- texts binary (as Java's String.compareTo). number_key and title_key are the number and title
-- lower-cased by the store (Java, Locale.ROOT): searches match them with LIKE.
-- Written together with the case's events, in one transaction, under an optimistic check of version.
CREATE TABLE casekit_case (
    id                 VARCHAR(64)  NOT NULL,
    number             VARCHAR      NOT NULL,
    definition_id      VARCHAR      NOT NULL,
    definition_version INTEGER      NOT NULL,
    title              VARCHAR      NOT NULL,
    description        VARCHAR      NOT NULL,
    customer_id        VARCHAR      NOT NULL,
    contact_id         VARCHAR,
    end_user_name      VARCHAR,
    case_type          VARCHAR      NOT NULL,
    priority           VARCHAR      NOT NULL,
    status_reason      VARCHAR      NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    stage              VARCHAR,
    owner_kind         VARCHAR(16),
    owner_id           VARCHAR,
    custom_fields      VARCHAR      NOT NULL,
    slas               VARCHAR      NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    modified_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    event_count        BIGINT       NOT NULL,
    number_key         VARCHAR      NOT NULL,
    title_key          VARCHAR      NOT NULL,
    CONSTRAINT casekit_case_pk PRIMARY KEY (id),
    CONSTRAINT casekit_case_number_uq UNIQUE (number),
    CONSTRAINT casekit_case_state_ck CHECK (state IN ('OPEN', 'RESOLVED', 'CANCELLED')),
    CONSTRAINT casekit_case_owner_ck CHECK ((owner_kind IS NULL) = (owner_id IS NULL)),
    CONSTRAINT casekit_case_version_ck CHECK (version >= 1 AND event_count >= version)
);

-- Each case's timeline, append-only: the event header in columns, the event's own fields in payload.
CREATE TABLE casekit_event (
    case_id     VARCHAR(64)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_kind  VARCHAR(16)  NOT NULL,
    actor_id    VARCHAR      NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    payload     VARCHAR      NOT NULL,
    CONSTRAINT casekit_event_pk PRIMARY KEY (case_id, sequence),
    CONSTRAINT casekit_event_case_fk FOREIGN KEY (case_id) REFERENCES casekit_case (id)
);

-- Named sequences for case numbers: one row per sequence, incremented under its row lock.
CREATE TABLE casekit_sequence (
    name       VARCHAR(200) NOT NULL,
    last_value BIGINT       NOT NULL,
    CONSTRAINT casekit_sequence_pk PRIMARY KEY (name)
);
