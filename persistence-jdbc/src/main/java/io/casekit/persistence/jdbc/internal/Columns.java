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

import io.casekit.spi.model.Case;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the store binds and reads the column types every table shares: optional text, and instants as
 * timestamps with time zone (UTC, to the microsecond). Stateless; thread-safe.
 */
public final class Columns {

    private Columns() {}

    /** Binds an optional text: the value, or SQL NULL. */
    public static void setOptional(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    /** Reads an optional text: empty for SQL NULL. */
    public static Optional<String> optional(ResultSet rs, int index) throws SQLException {
        return Optional.ofNullable(rs.getString(index));
    }

    /** Binds an optional instant: the timestamp, or SQL NULL. */
    public static void setOptionalInstant(PreparedStatement ps, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            setInstant(ps, index, at.get());
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** Reads an optional timestamp with time zone: empty for SQL NULL. */
    public static Optional<Instant> optionalInstant(ResultSet rs, int index) throws SQLException {
        return Optional.ofNullable(rs.getObject(index, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** Binds an instant as a timestamp with time zone (UTC). */
    public static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** Reads a timestamp with time zone as an instant. */
    public static Instant instant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        if (value == null) {
            throw new SQLException("column " + index + " is null where a timestamp is required");
        }
        return value.toInstant();
    }

    /**
     * Checks that every instant the row and the events will store has at most microsecond precision:
     * the timestamp columns keep microseconds, and a store must give back what it was given.
     */
    public static void checkPrecision(Case c, Stream<Instant> more) {
        Stream.concat(Stream.of(c.createdAt(), c.modifiedAt()), more).forEach(at -> {
            if (at.getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("the JDBC store keeps instants to the microsecond, but " + at
                        + " has nanoseconds; truncate it with Instant.truncatedTo(ChronoUnit.MICROS)");
            }
        });
    }
}
