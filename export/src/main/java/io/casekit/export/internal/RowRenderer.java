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
package io.casekit.export.internal;

import io.casekit.export.CaseColumn;
import io.casekit.export.CustomFieldColumn;
import io.casekit.export.ExportColumn;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.SlaInstance;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a case into the cells of its row: codes as labels of the case's own definition, instants in
 * the reader's zone (to the minute, as written), people by name or id. Not thread-safe: one per
 * export.
 */
final class RowRenderer {

    private final List<ExportColumn> columns;
    private final Function<DefinitionRef, DefinitionTexts> definitions;
    private final Texts texts;
    private final ZoneId zone;
    private final DisplayNames names;

    RowRenderer(List<ExportColumn> columns, Function<DefinitionRef, DefinitionTexts> definitions, Texts texts, ZoneId zone,
            DisplayNames names) {
        this.columns = columns;
        this.definitions = definitions;
        this.texts = texts;
        this.zone = zone;
        this.names = names;
    }

    List<CellValue> render(Case c) {
        DefinitionTexts labels = definitions.apply(c.definition());
        List<CellValue> cells = new ArrayList<>(columns.size());
        for (ExportColumn column : columns) {
            cells.add(column instanceof CaseColumn
                    ? cell((CaseColumn) column, c, labels)
                    : customField(c, ((CustomFieldColumn) column).name()));
        }
        return cells;
    }

    private CellValue cell(CaseColumn column, Case c, DefinitionTexts labels) {
        switch (column) {
            case NUMBER:
                return new CellValue.Text(c.number());
            case TITLE:
                return new CellValue.Text(c.title());
            case CUSTOMER:
                return new CellValue.Text(names.customer(c.customerId()));
            case CONTACT:
                return CellValue.text(c.contactId().map(names::actor));
            case CASE_TYPE:
                return new CellValue.Text(labels.caseType(c.caseType()));
            case PRIORITY:
                return new CellValue.Text(labels.priority(c.priority()));
            case STATUS_REASON:
                return new CellValue.Text(labels.statusReason(c.statusReason()));
            case STATE:
                return new CellValue.Text(texts.state(c.state()));
            case STAGE:
                return CellValue.text(c.stage().map(stage -> labels.stage(c.caseType(), stage)));
            case OWNER:
                return CellValue.text(c.owner().map(names::owner));
            case OPENED_AT:
                return moment(c.createdAt());
            case LAST_CHANGED_AT:
                return moment(c.modifiedAt());
            case NEXT_SLA_DEADLINE:
                return nextDeadline(c).map(this::moment).orElse(CellValue.BLANK);
            default:
                throw new IllegalStateException("no cell for column " + column);
        }
    }

    private static Optional<Instant> nextDeadline(Case c) {
        return c.slas().stream()
                .filter(sla -> sla.state().isActive())
                .map(SlaInstance::deadline)
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    private CellValue moment(Instant instant) {
        return new CellValue.Moment(LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES));
    }

    private static CellValue customField(Case c, String name) {
        FieldValue value = c.customFields().get(name);
        if (value == null) {
            return CellValue.BLANK;
        }
        if (value instanceof FieldValue.Bool) {
            return new CellValue.Flag(((FieldValue.Bool) value).value());
        }
        if (value instanceof FieldValue.Number) {
            return new CellValue.Decimal(((FieldValue.Number) value).value());
        }
        return new CellValue.Text(value.text());
    }
}
