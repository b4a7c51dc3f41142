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

import io.casekit.core.Casekit;
import io.casekit.core.workflow.UnknownDefinitionException;
import io.casekit.export.CaseExport;
import io.casekit.export.CaseSelection;
import io.casekit.export.ExportFormat;
import io.casekit.export.ExportRequest;
import io.casekit.export.ExportResult;
import io.casekit.export.InvalidExportException;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.InvalidQueryException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export from start to end: checks what can be refused (columns, view, actor: the first page is
 * read before the first byte is written), then writes the header and the cases page by page, telling
 * the progress listener after each page. Logs counts only, never a case's contents. Not thread-safe:
 * one per {@link CaseExport#write} call.
 */
public final class ExportRun {

    private static final Logger LOG = LoggerFactory.getLogger(CaseExport.class);

    private final Casekit casekit;
    private final Optional<IdentityProvider> identity;
    private final int xlsxRowWindow;
    private final ExportRequest request;
    private final Map<DefinitionRef, DefinitionTexts> definitionTexts = new HashMap<>();

    /**
     * @param casekit whose cases
     * @param identity where names come from, if anywhere
     * @param xlsxRowWindow the xlsx rows kept in memory
     * @param request what to export
     */
    public ExportRun(Casekit casekit, Optional<IdentityProvider> identity, int xlsxRowWindow, ExportRequest request) {
        this.casekit = casekit;
        this.identity = identity;
        this.xlsxRowWindow = xlsxRowWindow;
        this.request = request;
    }

    /**
     * Writes the export; see {@link CaseExport#write}.
     *
     * @param out the caller's stream, flushed, not closed
     * @return what was written
     */
    public ExportResult writeTo(OutputStream out) {
        Texts texts = Texts.of(request.locale());
        List<String> headers = Headers.of(request.columns(), casekit.definitions(), texts, request.locale());
        CaseQuery query = new CaseQuery(filter(), request.sort(), request.pageSize(), Optional.empty());
        CasePage page = casekit.cases().search(request.actorId(), query);
        RowRenderer rows = new RowRenderer(request.columns(), this::definitionTexts, texts, request.zone(),
                new DisplayNames(identity));
        ExportFormat format = request.format();
        LOG.debug("Export as {} of {} columns started", format, headers.size());
        long cases = 0;
        long pages = 0;
        try (TableWriter table = open(format, out, texts)) {
            table.header(headers);
            while (true) {
                for (Case c : page.cases()) {
                    table.row(rows.render(c));
                    cases++;
                }
                pages++;
                request.progress().casesWritten(cases);
                if (page.isLast()) {
                    break;
                }
                query = query.next(page);
                page = casekit.cases().search(request.actorId(), query);
            }
            table.finish();
        } catch (IOException e) {
            LOG.warn("Export as {} failed after {} cases: {}", format, cases, e.toString());
            throw new UncheckedIOException("the " + format + " export failed after " + cases + " cases", e);
        } catch (RuntimeException e) {
            LOG.warn("Export as {} failed after {} cases: {}", format, cases, e.getClass().getName());
            throw e;
        }
        LOG.info("Exported {} cases as {} ({} pages)", cases, format, pages);
        return new ExportResult(format, cases, pages);
    }

    private CaseFilter filter() {
        CaseSelection selection = request.selection();
        if (selection instanceof CaseSelection.Matching) {
            return ((CaseSelection.Matching) selection).filter();
        }
        String view = ((CaseSelection.View) selection).code();
        try {
            return casekit.cases().viewFilter(request.actorId(), view);
        } catch (InvalidQueryException e) {
            throw new InvalidExportException("view", e.rule(), e);
        }
    }

    private TableWriter open(ExportFormat format, OutputStream out, Texts texts) throws IOException {
        switch (format) {
            case CSV:
                return new CsvTableWriter(out, texts);
            case XLSX:
                return new XlsxTableWriter(out, xlsxRowWindow, texts);
            default:
                throw new IllegalStateException("no writer for " + format);
        }
    }

    private DefinitionTexts definitionTexts(DefinitionRef ref) {
        return definitionTexts.computeIfAbsent(ref, r -> {
            try {
                return DefinitionTexts.of(casekit.definition(r), request.locale());
            } catch (UnknownDefinitionException e) {
                LOG.debug("Definition {} is unknown to this Casekit: its codes are exported as they are", r);
                return DefinitionTexts.CODES;
            }
        });
    }
}
