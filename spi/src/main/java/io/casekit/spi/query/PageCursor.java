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
package io.casekit.spi.query;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.apiguardian.api.API;

/**
 * Where a page ended: the sort, and the sort value and id of the page's last case. The next page is
 * the cases after that position in the sort's order (keyset paging: no rows are skipped by count, so
 * a page costs the same deep in a list as at its start, and a case added or changed meanwhile
 * neither repeats nor hides the cases that stay).
 *
 * <p>A portal hands the cursor to the browser as {@link #token()} and reads it back with {@link
 * #parse}; the token is opaque but not secret (it holds a case id and a sort value).
 *
 * @param sort the sort the cursor belongs to
 * @param value the last case's value in the sort column (a {@link String} or an {@link Instant})
 * @param caseId the last case's id
 */
@API(status = STABLE, since = "0.1.0")
public record PageCursor(CaseSort sort, Comparable<?> value, CaseId caseId) {

    private static final int FORMAT = 1;

    /**
     * Checks the components.
     *
     * @param sort the sort the cursor belongs to
     * @param value the last case's value in the sort column (a {@link String} or an {@link Instant})
     * @param caseId the last case's id
     * @throws IllegalArgumentException if the value is not of the column's type (an {@link Instant}
     *     for {@code CREATED} and {@code MODIFIED}, else a {@link String})
     */
    public PageCursor {
        Checks.notNull(sort, "after.sort");
        Checks.notNull(value, "after.value");
        Checks.notNull(caseId, "after.caseId");
        Class<?> expected = sort.field().isInstant() ? Instant.class : String.class;
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("after.value of " + sort.field() + " must be a " + expected.getSimpleName());
        }
    }

    /**
     * The cursor after the given case, in the given sort.
     *
     * @param last the last case of a page
     * @param sort the page's sort
     * @return the cursor
     */
    public static PageCursor after(Case last, CaseSort sort) {
        return new PageCursor(sort, sort.field().valueOf(last), last.id());
    }

    /**
     * The value as an instant, for a sort on {@link CaseSortField#CREATED} or {@link
     * CaseSortField#MODIFIED}.
     *
     * @return the value
     * @throws ClassCastException if the sort is on a text column
     */
    public Instant instantValue() {
        return (Instant) value;
    }

    /**
     * The value as a text, for a sort on a text column.
     *
     * @return the value
     * @throws ClassCastException if the sort is on an instant column
     */
    public String textValue() {
        return (String) value;
    }

    /** {@return the cursor as a URL-safe text, to hand to a browser and read back with {@link #parse}} */
    public String token() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(sort.field().name());
            out.writeUTF(sort.direction().name());
            out.writeUTF(caseId.value());
            out.writeUTF(value.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a cursor from its {@link #token()}.
     *
     * @param token a text that {@link #token()} made
     * @return the cursor
     * @throws InvalidQueryException naming the field {@code after} if the text is not a cursor token
     */
    public static PageCursor parse(String token) {
        Checks.notNull(token, "after");
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            if (in.readByte() != FORMAT) {
                throw new InvalidQueryException("after", "is not a page cursor of this Casekit version");
            }
            CaseSort sort = new CaseSort(CaseSortField.valueOf(in.readUTF()), SortDirection.valueOf(in.readUTF()));
            CaseId caseId = new CaseId(in.readUTF());
            String value = in.readUTF();
            if (in.available() > 0) {
                throw new InvalidQueryException("after", "is not a page cursor: it has trailing bytes");
            }
            return new PageCursor(sort, sort.field().isInstant() ? Instant.parse(value) : value, caseId);
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidQueryException("after", "is not a page cursor");
        }
    }
}
