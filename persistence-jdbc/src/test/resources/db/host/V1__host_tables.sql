-- A host application's own schema, migrated by the host's own Flyway (default history table).
CREATE TABLE host_customer (
    id   VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
