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
package io.casekit.core.attachments;

import io.casekit.core.Casekit;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import java.util.Optional;

/** The uploads of a Casekit instance on an attachment store, for the tests of uploads: one contact uploads. */
final class Uploading {

    /** The contact who uploads. */
    static final String UPLOADER = "acme-anna";

    private static final WorkflowDefinition DEFINITION = Presets.load("it-services");

    private Uploading() {}

    static Attachments attachments(AttachmentStore store, AttachmentPolicy policy) {
        InMemoryDirectory directory = new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(Actor.contact(UPLOADER, "Anna Acme", "ACME").build());
        return Casekit.builder().store(new InMemoryCaseStore()).identity(directory).definition(DEFINITION)
                .attachmentStore(store).attachmentPolicy(policy).build().attachments();
    }
}
