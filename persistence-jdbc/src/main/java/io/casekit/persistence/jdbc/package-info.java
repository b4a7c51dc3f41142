/**
 * The JDBC storage plug-in: {@link io.casekit.persistence.jdbc.JdbcCaseStore}, a {@link
 * io.casekit.spi.store.CaseStore} on PostgreSQL (production) or H2 (embedded), with its schema as
 * Flyway migrations in their own history table. Depends on the SPI, SLF4J and Flyway only.
 */
@NullMarked
package io.casekit.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
