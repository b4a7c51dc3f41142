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
package io.casekit.export;

import static io.casekit.export.Portal.ALICE;
import static io.casekit.export.Portal.ANNA;
import static io.casekit.export.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CaseSort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad requests are refused with a typed error naming the field before anything is written; a failing
 * stream or listener surfaces after the temporary files are deleted; the caller's stream is never closed.
 */
class CaseExportRefusalsTest {

    /** Where POI keeps its temporary files: the test JVM's java.io.tmpdir is the module's target/. */
    private static final Path POI_FILES = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");

    private final Portal portal = new Portal();
    private final CaseExport export = CaseExport.of(portal.casekit);

    @BeforeEach
    void someCases() {
        portal.open(ANNA, "VPN drops");
        portal.open(GINA, "Invoice question");
    }

    private static ExportRequest.Builder request(ExportFormat format) {
        return ExportRequest.builder().actor(ALICE).format(format).filter(CaseFilter.ALL).locale(Locale.ENGLISH).zone(ZoneOffset.UTC);
    }

    private static List<Path> poiFiles() {
        if (!Files.isDirectory(POI_FILES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(POI_FILES)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theBuilderNamesTheFieldOfEachBadValue() {
        assertThatThrownBy(() -> ExportRequest.builder().actor(" "))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("actorId"));
        assertThatThrownBy(() -> ExportRequest.builder().pageSize(0))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("pageSize"))
                .hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> ExportRequest.builder().pageSize(CaseQuery.MAX_PAGE_SIZE + 1))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("pageSize"));
        assertThatThrownBy(() -> ExportRequest.builder().columns(List.of()))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("columns"));
        assertThatThrownBy(() -> ExportRequest.builder().columns(CaseColumn.TITLE, CaseColumn.NUMBER, CaseColumn.TITLE))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("columns[2]"))
                .hasMessageContaining("column 0");
        assertThatThrownBy(() -> ExportRequest.builder().view(""))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("view"));
        assertThatThrownBy(() -> ExportColumn.customField(" "))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("customField"));
    }

    @Test
    void buildNamesTheFirstMissingPart() {
        assertThatThrownBy(() -> ExportRequest.builder().format(ExportFormat.CSV).build())
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("actorId"));
        assertThatThrownBy(() -> ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).locale(Locale.ENGLISH)
                .zone(ZoneOffset.UTC).build())
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("selection"));
        assertThatThrownBy(() -> ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).view("open").zone(ZoneOffset.UTC).build())
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("locale"));
        assertThatThrownBy(() -> ExportRequest.builder().actor(ALICE).format(ExportFormat.CSV).view("open").locale(Locale.ENGLISH).build())
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("zone"));
    }

    @Test
    void aPartIsSetOnce() {
        assertThatThrownBy(() -> ExportRequest.builder().actor(ALICE).actor(ANNA))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("actorId");
        assertThatThrownBy(() -> ExportRequest.builder().view("open").filter(CaseFilter.ALL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("selection");
        assertThatThrownBy(() -> ExportRequest.builder().sort(CaseSort.NEWEST_CHANGE_FIRST).query(CaseQuery.firstPage(CaseFilter.ALL)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sort");
        assertThatThrownBy(() -> CaseExport.builder(portal.casekit).xlsxRowWindow(10).xlsxRowWindow(20))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCustomFieldNoDefinitionDeclaresIsNamedWithTheDeclaredOnesAndNothingIsWritten(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportRequest request = request(format).columns(CaseColumn.NUMBER, ExportColumn.customField("expertise")).build();

        assertThatThrownBy(() -> export.write(request, out))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("columns[1]"))
                .hasMessageContaining("'expertise'").hasMessageContaining("[expertiseDomain]");
        assertThat(out.size()).isZero();
        assertThat(poiFiles()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anUnknownViewIsNamedWithTheKnownOnesAndNothingIsWritten(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportRequest request = ExportRequest.builder().actor(ANNA).format(format).view("mine").locale(Locale.ENGLISH)
                .zone(ZoneOffset.UTC).build();

        assertThatThrownBy(() -> export.write(request, out))
                .isInstanceOfSatisfying(InvalidExportException.class, e -> assertThat(e.field()).isEqualTo("view"))
                .hasMessageContaining("open-waiting-customer");
        assertThat(out.size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anUnknownActorIsRefusedAndNothingIsWritten(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportRequest request = ExportRequest.builder().actor("mallory").format(format).filter(CaseFilter.ALL)
                .locale(Locale.ENGLISH).zone(ZoneOffset.UTC).build();

        assertThatThrownBy(() -> export.write(request, out)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        assertThat(poiFiles()).isEmpty();
    }

    /** A stream that fails on every write, and remembers whether it was closed. */
    private static final class BrokenStream extends OutputStream {
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailingStreamSurfacesAsUncheckedIoAfterTheTemporaryFilesAreDeleted(ExportFormat format) {
        BrokenStream out = new BrokenStream();
        List<Integer> poiFilesDuringExport = new ArrayList<>();
        ExportRequest request = request(format).progress(n -> poiFilesDuringExport.add(poiFiles().size())).build();

        assertThatThrownBy(() -> export.write(request, out))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
        assertThat(poiFiles()).isEmpty();
        assertThat(poiFilesDuringExport).containsOnly(format == ExportFormat.XLSX ? 1 : 0);
        assertThat(out.closed).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailingListenerEndsTheExportAfterTheTemporaryFilesAreDeleted(ExportFormat format) {
        ExportRequest request = request(format).pageSize(1).progress(n -> {
            if (n == 1) {
                throw new IllegalStateException("cancelled by the user");
            }
        }).build();

        assertThatThrownBy(() -> export.write(request, new ByteArrayOutputStream())).hasMessage("cancelled by the user");
        assertThat(poiFiles()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theCallersStreamIsFlushedButNeverClosed(ExportFormat format) {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        export.write(request(format).build(), out);

        assertThat(out.size()).isPositive();
        assertThat(closed[0]).isFalse();
        assertThat(poiFiles()).isEmpty();
    }
}
