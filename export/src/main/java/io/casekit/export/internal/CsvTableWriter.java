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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with Commons CSV (RFC 4180: commas, CRLF, quotes where needed), UTF-8 with a byte order mark
 * so that Excel reads accents right. Text cells are {@linkplain FormulaGuard neutralised}; instants
 * are {@code yyyy-MM-dd HH:mm} in the reader's zone, numbers in plain notation, yes/no in the
 * reader's language. Streams: each row goes to the caller's stream through an 8 KiB buffer.
 */
final class CsvTableWriter implements TableWriter {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Texts texts;
    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out, Texts texts) throws IOException {
        this.texts = texts;
        this.writer = new BufferedWriter(new OutputStreamWriter(new ShieldedOutputStream(out), StandardCharsets.UTF_8));
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> headers) throws IOException {
        writer.write(BYTE_ORDER_MARK);
        List<String> record = new ArrayList<>(headers.size());
        headers.forEach(h -> record.add(FormulaGuard.neutralise(h)));
        printer.printRecord(record);
    }

    @Override
    public void row(List<CellValue> cells) throws IOException {
        List<String> record = new ArrayList<>(cells.size());
        for (CellValue cell : cells) {
            record.add(text(cell));
        }
        printer.printRecord(record);
    }

    private String text(CellValue cell) {
        if (cell instanceof CellValue.Text) {
            return FormulaGuard.neutralise(((CellValue.Text) cell).value());
        }
        if (cell instanceof CellValue.Moment) {
            return MOMENT.format(((CellValue.Moment) cell).value());
        }
        if (cell instanceof CellValue.Decimal) {
            return ((CellValue.Decimal) cell).value().toPlainString();
        }
        if (cell instanceof CellValue.Flag) {
            return texts.yesNo(((CellValue.Flag) cell).value());
        }
        return "";
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(); // closes the writer, which only flushes the caller's stream
    }
}
