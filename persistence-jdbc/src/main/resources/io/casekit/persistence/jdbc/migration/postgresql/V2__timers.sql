-- Casekit case store, schema version 2 (PostgreSQL 14 or newer): timers.
-- Applied by Flyway with its own history table casekit_schema_history when the host builds
-- JdbcCaseStore with migrate(true); exported for a DBA by JdbcCaseStore.schemaSql(Dialect.POSTGRESQL).

-- The scheduled timers of each case (SLA warnings and breaches, the end of a feedback window): at
-- most one per case and name. Scheduled and cancelled in the transaction of the case change that
-- caused them; claimed by one node at a time under a lease (owner, lease_until; both NULL while no
-- node holds it), with SELECT ... FOR UPDATE SKIP LOCKED. token changes with every scheduling, so a
-- node holding a stale claim can tell. Rows come and go all the time: fillfactor 80 for HOT updates
-- of the lease.
CREATE TABLE casekit_timer (
    case_id     VARCHAR(64)  COLLATE "C" NOT NULL,
    name        VARCHAR(100) NOT NULL,
    due_at      TIMESTAMPTZ  NOT NULL,
    token       TEXT         NOT NULL,
    owner       TEXT,
    lease_until TIMESTAMPTZ,
    CONSTRAINT casekit_timer_pk PRIMARY KEY (case_id, name),
    CONSTRAINT casekit_timer_case_fk FOREIGN KEY (case_id) REFERENCES casekit_case (id),
    CONSTRAINT casekit_timer_lease_ck CHECK ((owner IS NULL) = (lease_until IS NULL))
) WITH (fillfactor = 80);

-- The scheduler's scan: due timers, earliest first.
CREATE INDEX casekit_timer_due_ix ON casekit_timer (due_at);
