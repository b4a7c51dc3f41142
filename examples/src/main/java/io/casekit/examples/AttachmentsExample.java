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
package io.casekit.examples;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.attachments.AttachmentUpload;
import io.casekit.core.attachments.Attachments;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.FileSystemAttachmentStore;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Files on a case, the way a portal handles them: the signed-in contact uploads first (Casekit
 * records who uploaded each file), then names the uploads by id when it files the case; the case
 * records the metadata the attachment store measured. A contact of another customer who learns the
 * id cannot attach the file, and nobody can attach it a second time.
 *
 * <p>Run it with {@code ./mvnw -B -ntp -q install -DskipTests && ./mvnw -B -ntp -q -pl examples
 * exec:java -Dexec.mainClass=io.casekit.examples.AttachmentsExample}; it keeps its files in a
 * temporary directory.
 */
public final class AttachmentsExample {

    /** The contact who files the case. */
    public static final String CONTACT = "acme-jan";

    /** A contact of another customer. */
    public static final String OTHER_CUSTOMERS_CONTACT = "globex-gina";

    private AttachmentsExample() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        run(Files.createTempDirectory("casekit-attachments-"), System.out);
    }

    /**
     * What the example leaves behind.
     *
     * @param uploaded what the upload returned
     * @param opened the case filed with the upload
     * @param recorded the attachments its opening event records
     * @param otherCustomer the refusal of the other customer's contact who named the upload
     * @param secondTime the refusal of the contact who named it again
     */
    public record Result(AttachmentMetadata uploaded, Case opened, List<AttachmentMetadata> recorded,
            CommandValidationException otherCustomer, CommandValidationException secondTime) {}

    /** Uploads a log, files a case with it, tries two forbidden attachments, prints what happened. */
    public static Result run(Path directory, PrintStream out) {
        InMemoryDirectory people = new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(new Customer("GLOBEX", "Globex BV", Optional.of("SLA")))
                .add(Actor.contact(CONTACT, "Jan Peeters", "ACME").build())
                .add(Actor.contact(OTHER_CUSTOMERS_CONTACT, "Gina Globex", "GLOBEX").build());
        Casekit casekit = Casekit.builder()
                .store(new InMemoryCaseStore())
                .identity(people)
                .clock(new ManualClock(Instant.parse("2026-03-02T09:00:00Z")))
                .definition(Presets.load("it-services"))
                .attachmentStore(new FileSystemAttachmentStore(directory))
                .build();
        Attachments attachments = casekit.attachments();
        CaseService cases = casekit.cases();

        // 1. The portal hands the contact's files to Casekit on the contact's behalf.
        byte[] log = "2026-03-02 08:55:01 ERROR VPN tunnel closed by peer\n".getBytes(StandardCharsets.UTF_8);
        AttachmentMetadata uploaded = attachments.upload(CONTACT, List.of(AttachmentUpload.of("vpn.log", "text/plain", log))).get(0);

        // 2. The case names the upload by its id; name, type, size and digest come from the store.
        Case opened = cases.execute(CONTACT, OpenCase.builder()
                .title("VPN connection drops")
                .description("See the attached client log.")
                .caseType("Incident")
                .customField("expertiseDomain", "MWI")
                .attachment(uploaded.id())
                .build());
        List<AttachmentMetadata> recorded = ((CaseOpened) cases.timeline(CONTACT, opened.id()).get(0)).attachments();

        // 3. Another customer's contact who learns the id cannot attach the file ...
        Case globex = cases.execute(OTHER_CUSTOMERS_CONTACT, OpenCase.builder().title("Printer offline")
                .description("Since this morning.").caseType("Incident").customField("expertiseDomain", "MWI").build());
        CommandValidationException otherCustomer = refusal(() -> cases.execute(OTHER_CUSTOMERS_CONTACT,
                new AddComment(globex.id(), "Is this yours?", Visibility.PUBLIC, List.of(uploaded.id()))));

        // 4. ... and an upload is attached once, also by its own uploader.
        CommandValidationException secondTime = refusal(() -> cases.execute(CONTACT,
                new AddComment(opened.id(), "The log again", Visibility.PUBLIC, List.of(uploaded.id()))));

        out.printf("Case %s records %s (%s, %d bytes, sha256 %s...)%n", opened.number(), recorded.get(0).fileName(),
                recorded.get(0).contentType(), recorded.get(0).size(), recorded.get(0).sha256().substring(0, 12));
        out.println("Another customer's contact naming the upload: " + otherCustomer.violations());
        out.println("The contact naming it a second time: " + secondTime.violations());
        return new Result(uploaded, opened, recorded, otherCustomer, secondTime);
    }

    private static CommandValidationException refusal(Runnable command) {
        try {
            command.run();
        } catch (CommandValidationException e) {
            return e;
        }
        throw new IllegalStateException("the command was expected to be refused");
    }
}
