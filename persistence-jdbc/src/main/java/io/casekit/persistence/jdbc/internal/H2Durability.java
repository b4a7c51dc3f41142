/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.persistence.jdbc.internal;

import io.casekit.persistence.jdbc.CaseStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An acknowledged commit must survive a process kill on H2 as on PostgreSQL. H2 writes a file
 * database's commits to disk up to {@code WRITE_DELAY} milliseconds later (500 by default), so a
 * killed JVM loses the commits of its last half second. Building a store on a persistent H2
 * database therefore sets the delay to 0 (a persistent, database-wide setting that needs H2 admin
 * rights), or refuses the database if it cannot, saying how to fix it. In-memory databases die with
 * their JVM anyway and are left alone. Stateless; thread-safe.
 */
final class H2Durability {

    private static final Logger LOG = LoggerFactory.getLogger(H2Durability.class);

    private H2Durability() {}

    static void ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (url == null || url.startsWith("jdbc:h2:mem:") || writeDelays(c) == 0) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                throw new CaseStoreException("the H2 database " + url + " writes commits to disk up to " + writeDelays(c)
                        + " ms after they are acknowledged, so a killed process would lose them, and this user may not change"
                        + " that: add ;WRITE_DELAY=0 to the JDBC URL, or connect once as an H2 admin", e);
            } finally {
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            LOG.info("H2 database {}: WRITE_DELAY set to 0, so that every acknowledged commit survives a process kill", url);
        } catch (SQLException e) {
            throw new CaseStoreException("could not check the H2 database's WRITE_DELAY", e);
        }
    }

    /** The largest write delay H2 reports for the database, in milliseconds. */
    private static long writeDelays(Connection c) throws SQLException {
        long delay = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (rs.next()) {
                delay = Math.max(delay, Long.parseLong(rs.getString(1).trim()));
            }
        }
        return delay;
    }
}
