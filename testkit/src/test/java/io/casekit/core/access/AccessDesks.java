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
package io.casekit.core.access;

import io.casekit.core.Casekit;
import io.casekit.core.notify.MailDesk;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.DefinitionResolver;
import io.casekit.core.workflow.WorkflowDefinitions;
import io.casekit.spi.notify.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the invitation and access request tests share: desks and reading the code from a mail. */
final class AccessDesks {

    /** An invitation code as the mail shows it: 26 letters and digits of base 32. */
    static final Pattern CODE = Pattern.compile("\\b([A-Z2-7]{26})\\b");

    private AccessDesks() {
    }

    /** The it-services desk, where only agents let people in. */
    static MailDesk agentsOnly() {
        return new MailDesk("it-services");
    }

    /** A desk whose definition lets authorised contacts invite and decide access requests. */
    static MailDesk contactsMayInvite() {
        String yaml = """
                id: it-services-self-service
                version: 1
                extends: it-services
                access:
                  contactsMayInvite: true
                """;
        return new MailDesk(WorkflowDefinitions.fromYaml(yaml, "test", DefinitionResolver.presets()), new InMemoryCaseStore());
    }

    /** Casekit on the desk's store, directory and notifier, with another invitation policy. */
    static Casekit withPolicy(MailDesk desk, InvitationPolicy policy) {
        return Casekit.builder().store(desk.store).identity(desk.directory).clock(desk.clock).notifier(desk.notifier)
                .definition(desk.definition).invitationPolicy(policy).build();
    }

    /** The last mail to the address. */
    static Message lastMailTo(MailDesk desk, String address) {
        List<Message> mails = desk.notifier.deliveredTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        return mails.get(mails.size() - 1);
    }

    /** The code in the last mail to the address, as the invitee reads it. */
    static String codeMailedTo(MailDesk desk, String address) {
        Matcher code = CODE.matcher(lastMailTo(desk, address).text());
        if (!code.find()) {
            throw new AssertionError("no invitation code in the mail to " + address);
        }
        return code.group(1);
    }
}
