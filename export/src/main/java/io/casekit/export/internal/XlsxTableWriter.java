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

import io.casekit.export.InvalidExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An xlsx workbook with Apache POI's streaming SXSSF: a window of rows in memory, older rows in a
 * gzip-compressed temporary file, inline strings (no shared-strings table that would grow with the
 * rows). Every text is a string cell, never a formula, and {@linkplain FormulaGuard neutralised} all
 * the same, so that the workbook saved again as CSV stays safe; instants are date cells formatted
 * {@code yyyy-mm-dd hh:mm}, numbers numeric cells, yes/no boolean cells (see {@link #text} for how
 * texts are encoded). The header row is bold,
 * frozen and filterable. {@link #close()} deletes the temporary files.
 */
final class XlsxTableWriter implements TableWriter {

    /** The longest text a cell holds; a longer one is cut (Excel's limit). */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** The last row index of a sheet. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle moment;
    private final CellStyle header;
    private int columns;
    private int nextRow;

    XlsxTableWriter(OutputStream out, int rowWindow, Texts texts) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(null, rowWindow, true, false);
        try {
            this.sheet = workbook.createSheet(texts.sheetName());
            this.moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            this.header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @Override
    public void header(List<String> headers) {
        columns = headers.size();
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text(headers.get(i)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<CellValue> cells) {
        if (nextRow > LAST_ROW) {
            throw new InvalidExportException("format", "an xlsx sheet holds at most " + LAST_ROW + " cases; export as CSV or narrow the selection");
        }
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            CellValue value = cells.get(i);
            if (value instanceof CellValue.Blank) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof CellValue.Text) {
                cell.setCellValue(text(((CellValue.Text) value).value()));
            } else if (value instanceof CellValue.Moment) {
                cell.setCellValue(((CellValue.Moment) value).value());
                cell.setCellStyle(moment);
            } else if (value instanceof CellValue.Decimal) {
                cell.setCellValue(((CellValue.Decimal) value).value().doubleValue());
            } else if (value instanceof CellValue.Flag) {
                cell.setCellValue(((CellValue.Flag) value).value());
            }
        }
    }

    /**
     * The text as a cell holds it: {@linkplain FormulaGuard neutralised}, then encoded as OOXML
     * strings are ({@code ST_Xstring}): a character XML cannot hold (a C0 control other than tab, line
     * feed and carriage return; U+FFFE, U+FFFF) as {@code _xHHHH_}, and the underscore of a text that
     * already reads {@code _xHHHH_} as {@code _x005F_}, so that Excel and POI read back the very text
     * (unescaped, {@code _x003D_} would come back as {@code =}). Cut to what a cell holds, never within a
     * character or an escape.
     */
    static String text(String value) {
        String safe = FormulaGuard.neutralise(value);
        StringBuilder cell = new StringBuilder(Math.min(safe.length(), MAX_TEXT));
        for (int i = 0; i < safe.length(); ) {
            int codePoint = safe.codePointAt(i);
            String piece;
            if (codePoint == '_' && readsAsEscape(safe, i)) {
                piece = "_x005F_";
            } else if ((codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
                    || codePoint == 0xFFFE || codePoint == 0xFFFF) {
                piece = String.format(Locale.ROOT, "_x%04X_", codePoint);
            } else {
                piece = new String(Character.toChars(codePoint));
            }
            if (cell.length() + piece.length() > MAX_TEXT) {
                break;
            }
            cell.append(piece);
            i += Character.charCount(codePoint);
        }
        return cell.toString();
    }

    /** Whether the text at {@code i} reads {@code _xHHHH_} (an escape, to a reader of OOXML strings). */
    private static boolean readsAsEscape(String text, int i) {
        if (i + 6 >= text.length() || (text.charAt(i + 1) != 'x' && text.charAt(i + 1) != 'X') || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int h = i + 2; h < i + 6; h++) {
            if ("0123456789ABCDEFabcdef".indexOf(text.charAt(h)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void finish() throws IOException {
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
        }
        workbook.write(new ShieldedOutputStream(out));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            // rows still in the window go to the temporary file first: SXSSFWorkbook.close() closes that
            // file before it disposes of the sheet, which would flush them into the closed file (and warn)
            sheet.flushRows();
        } finally {
            workbook.close(); // deletes the temporary files
        }
    }
}
