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

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long the store takes to turn stored JSON back into values, without the database: {@code
 * events} decodes the payloads of every event of {@link EventSamples#everyEvent} (a rich case
 * opened and changed in every way, a plain case opened and changed; 36 payloads), {@code
 * caseColumns} reads the custom fields, SLA instances and links documents of a rich case's row. The
 * text in the samples is either {@code plain} (a short sentence) or {@code nasty} ({@link
 * EventSamples#NASTY}: escapes, control characters, every plane of unicode). Run from the
 * repository's root:
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests -Dmaven.javadoc.skip=true -pl persistence-jdbc -am
 * ./mvnw -B -ntp -q -pl persistence-jdbc dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test.classpath
 * java -cp persistence-jdbc/target/test-classes:persistence-jdbc/target/classes:$(cat persistence-jdbc/target/test.classpath) \
 *     org.openjdk.jmh.Main PayloadDecodeBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s
 * </pre>
 *
 * <p>A plain-text summary (average time per operation, in microseconds) is JMH's own report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PayloadDecodeBenchmark {

    /** Which text fills the samples' strings. */
    @Param({"plain", "nasty"})
    public String text;

    private EventHeader[] headers;
    private String[] kinds;
    private String[] payloads;
    private String customFields;
    private String slas;
    private String links;

    /** Writes the documents once, with the store's own writers. */
    @Setup
    public void write() {
        String sample = text.equals("nasty") ? EventSamples.NASTY : "Printer on the third floor jams on A3 paper";
        List<CaseEvent> events = EventSamples.everyEvent(sample);
        headers = events.stream().map(CaseEvent::header).toArray(EventHeader[]::new);
        kinds = events.stream().map(EventCodec::kind).toArray(String[]::new);
        payloads = events.stream().map(EventCodec::payload).toArray(String[]::new);
        Case rich = EventSamples.richCase(new CaseId("case-1"), "CAS-1", sample);
        customFields = FieldCodec.customFieldsJson(rich.customFields());
        slas = SlaCodec.slasJson(rich.slas());
        links = ValueCodec.linksJson(rich.links());
    }

    /** Decodes every event payload. */
    @Benchmark
    public void events(Blackhole sink) {
        for (int i = 0; i < payloads.length; i++) {
            sink.consume(EventCodec.decode(headers[i], kinds[i], payloads[i]));
        }
    }

    /** Reads the JSON columns of one case row. */
    @Benchmark
    public void caseColumns(Blackhole sink) {
        sink.consume(FieldCodec.customFieldsFromJson(customFields));
        sink.consume(SlaCodec.slasFromJson(slas));
        sink.consume(ValueCodec.linksFromJson(links));
    }
}
