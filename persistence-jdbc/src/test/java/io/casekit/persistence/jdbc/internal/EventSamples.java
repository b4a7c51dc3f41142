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

import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.event.ApprovalGranted;
import io.casekit.spi.event.ApprovalRefused;
import io.casekit.spi.event.ApprovalRequested;
import io.casekit.spi.event.Assigned;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseLinked;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CaseTypeChanged;
import io.casekit.spi.event.CaseUnlinked;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.CustomFieldChanged;
import io.casekit.spi.event.DescriptionChanged;
import io.casekit.spi.event.Escalated;
import io.casekit.spi.event.EventHeader;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.event.StageChanged;
import io.casekit.spi.event.StatusChanged;
import io.casekit.spi.event.TitleChanged;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaPause;
import io.casekit.spi.model.SlaState;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.store.CaseCommit;
import io.casekit.testkit.store.CaseFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cases and events that use every field, every event type and every value type, with text that
 * tries to break an encoder: quotes, backslashes, control characters, JSON and SQL syntax, unicode
 * in every plane, emoji with modifiers, bidi controls.
 */
public final class EventSamples {

    /** Everything but U+0000, which PostgreSQL's text types cannot hold. */
    public static final String NASTY = "quote \" apostrophe ' backslash \\ \\\" \\u0041 slash / tab \t newline \n cr \r"
            + " bell \u0007 esc \u001b unit-sep \u001f del \u007f c1 \u0085 \u009f nbsp \u00a0 ls \u2028 ps \u2029"
            + " bom \ufeff ünïcödé – ✓ 漢字 𝄞 emoji 😀👍🏽👨‍👩‍👧 rtl \u202e abc json {\"a\":[1,2]} sql '); DROP TABLE x; --"
            + " like %_ end";

    /** {@link #NASTY} with U+0000 as well: for the codec, and for H2. */
    public static final String NASTY_WITH_NUL = NASTY + " nul \u0000 after-nul";

    /** An instant with microseconds, as the engine makes them. */
    public static final Instant T0 = Instant.parse("2026-03-02T08:15:30.123456Z");

    private EventSamples() {}

    /** A case with every optional field set, every kind of custom field and two SLA instances. */
    public static Case richCase(CaseId id, String number, String text) {
        Instant start = T0.minus(Duration.ofDays(1));
        SlaInstance firstResponse = new SlaInstance(SlaKind.FIRST_RESPONSE, "gold " + text, "calendar-nl", start,
                Duration.ofHours(4), 80, SlaState.SUCCEEDED, Optional.of(start.plus(Duration.ofHours(4))),
                Optional.of(start.plus(Duration.ofMinutes(192))), List.of(), Optional.of(start.plusSeconds(600)));
        SlaInstance resolution = new SlaInstance(SlaKind.RESOLUTION, "gold " + text, "calendar-nl", start,
                Duration.ofDays(3).plusMinutes(7), 75, SlaState.PAUSED, Optional.empty(), Optional.empty(),
                List.of(new SlaPause(start.plusSeconds(60), Optional.of(start.plusSeconds(3600)), "310 " + text),
                        new SlaPause(start.plusSeconds(7200), Optional.empty(), "Need input")),
                Optional.empty());
        return Case.builder()
                .id(id)
                .number(number)
                .definition(new DefinitionRef("it-services " + text, 7))
                .title("title " + text)
                .description("description " + text)
                .descriptionHtml(Optional.of("<p><i>description</i> " + text + "</p>"))
                .customerId("CUST " + text)
                .contactId(Optional.of("contact " + text))
                .endUserName(Optional.of("Zoë O'Brien " + text))
                .caseType("Incident " + text)
                .priority("P2")
                .status("310 " + text, CaseState.OPEN)
                .stage(Optional.of("Analysis " + text))
                .owner(Optional.of(Owner.team("team " + text)))
                .customFields(Map.of(
                        "product", new FieldValue.Choice("ERP"),
                        "environment " + text, new FieldValue.Text(text),
                        "empty", new FieldValue.Text(""),
                        "recurring", new FieldValue.Bool(true),
                        "hours", new FieldValue.Number(new BigDecimal("12.50")),
                        "amount", new FieldValue.Number(new BigDecimal("-12345678901234567890.000000000123")),
                        "tiny", new FieldValue.Number(new BigDecimal("1E-30")),
                        "huge", new FieldValue.Number(new BigDecimal("4.2E+40"))))
                .slas(List.of(firstResponse, resolution))
                .links(List.of(new CaseLink(LinkKind.FOLLOW_UP_OF, new CaseId("earlier-" + Integer.toHexString(text.hashCode())), start)))
                .createdAt(T0)
                .committed(1, T0, 1)
                .build();
    }

    /** A case with every optional field empty, no custom fields and no SLA instances. */
    public static Case plainCase(CaseId id, String number) {
        return Case.builder()
                .id(id)
                .number(number)
                .definition(new DefinitionRef("d", 1))
                .title("")
                .description("")
                .customerId("c")
                .caseType("t")
                .priority("p")
                .status("s", CaseState.OPEN)
                .createdAt(T0)
                .committed(1, T0, 1)
                .build();
    }

    /** The commit that opens {@code opened}, by a contact, with two attachments. */
    public static CaseCommit open(Case opened) {
        return new CaseCommit(opened, 0, List.of(new CaseOpened(new EventHeader(opened.id(), 1, 1, opened.createdAt(),
                new ActorRef(ActorKind.CONTACT, "contact ✓")), opened, List.of(attachment("a1", "screenshot.png"),
                attachment("a2", "log \"1\" ✓.txt")))));
    }

    /** Metadata of a stored attachment. */
    public static AttachmentMetadata attachment(String id, String fileName) {
        return new AttachmentMetadata(new AttachmentId(id), fileName, fileName.endsWith(".png") ? "image/png" : "text/plain",
                90L * 1024 * 1024, "0123456789abcdef".repeat(4));
    }

    /** One commit on {@code before} with every kind of change, several in more than one variant. */
    public static CaseCommit everyChange(Case before, String text) {
        SlaInstance resolution = before.sla(SlaKind.RESOLUTION).orElseThrow();
        Instant at = before.modifiedAt().plusSeconds(1);
        return CaseFixtures.change(before,
                h -> new TitleChanged(h, before.title(), "new title " + text),
                h -> new DescriptionChanged(h, before.description(), ""),
                h -> new DescriptionChanged(h, "", "bold " + text, Optional.of("<p><b>bold</b> " + text + "</p>")),
                h -> new PriorityChanged(h, before.priority(), "P1 " + text),
                h -> new CaseTypeChanged(h, before.caseType(), "Change request"),
                h -> new CustomFieldChanged(h, "product", Optional.ofNullable(before.customFields().get("product")),
                        Optional.of(new FieldValue.Choice("CRM " + text))),
                h -> new CustomFieldChanged(h, "note " + text, Optional.empty(), Optional.of(new FieldValue.Text(text))),
                h -> new CustomFieldChanged(h, "hours", Optional.ofNullable(before.customFields().get("hours")), Optional.empty()),
                h -> new CustomFieldChanged(h, "recurring", Optional.of(new FieldValue.Bool(true)), Optional.of(new FieldValue.Bool(false))),
                h -> new StageChanged(h, before.stage(), "Testing " + text),
                h -> new StageChanged(h, Optional.empty(), "Released"),
                h -> new CommentAdded(h, "C" + h.sequence(), "internal " + text, Visibility.INTERNAL),
                h -> new CommentAdded(h, "C" + h.sequence(), "public " + text, Visibility.PUBLIC),
                h -> new CommentAdded(h, "C" + h.sequence(), "with files " + text, Visibility.PUBLIC,
                        List.of(attachment("c1", "report " + text + ".png"))),
                h -> new CommentAdded(h, "C" + h.sequence(), "- one\n- two " + text, Visibility.PUBLIC, List.of(),
                        Optional.of("<ul><li>one</li><li>two " + text + "</li></ul>")),
                h -> new Assigned(h, before.owner(), Optional.of(Owner.agent("agent " + text))),
                h -> new Assigned(h, Optional.of(Owner.agent("agent " + text)), Optional.empty()),
                h -> new Escalated(h, 0, 2, Escalated.Cause.SLA_BREACH),
                h -> new Escalated(h, 2, 3, Escalated.Cause.REQUESTED),
                h -> new ApprovalRequested(h, "estimate " + text, Optional.of("16.5"), Optional.of("estimate: " + text)),
                h -> new ApprovalRequested(h, "filing", Optional.empty(), Optional.empty()),
                h -> new ApprovalGranted(h, "estimate " + text, Optional.of("16.5 " + text)),
                h -> new ApprovalGranted(h, "filing", Optional.empty()),
                h -> new ApprovalRefused(h, "analysis-hours", Optional.of("2"), "too many hours " + text),
                h -> new ApprovalRefused(h, "filing", Optional.empty(), "not ours " + text),
                h -> new SlaChanged(h, SlaChanged.Change.RESUMED,
                        resolution.resumed(at, SlaState.IN_PROGRESS, at.plus(Duration.ofDays(3)), at.plus(Duration.ofDays(2)))),
                h -> new SlaChanged(h, SlaChanged.Change.BREACHED,
                        resolution.resumed(at, SlaState.IN_PROGRESS, at, at).ended(SlaState.BREACHED, at)),
                h -> new StatusChanged(h, before.statusReason(), "450 " + text, before.state(), CaseState.RESOLVED, StatusChanged.Cause.RULE),
                h -> new StatusChanged(h, "450 " + text, "100", CaseState.RESOLVED, CaseState.OPEN, StatusChanged.Cause.REQUESTED),
                h -> new CaseLinked(h, new CaseLink(LinkKind.MERGED_INTO, new CaseId("target-" + Integer.toHexString(text.hashCode())), at)),
                h -> new CaseLinked(h, new CaseLink(LinkKind.PARENT, new CaseId("parent-" + Integer.toHexString(text.hashCode())), at.plusNanos(1_000))),
                h -> new CaseUnlinked(h, LinkKind.MERGED_INTO, new CaseId("target-" + Integer.toHexString(text.hashCode()))));
    }

    /** Every event of opening a rich case and changing it in every way. */
    public static List<CaseEvent> everyEvent(String text) {
        Case opened = richCase(new CaseId("case-" + Integer.toHexString(text.hashCode())), "CAS-" + text.length(), text);
        List<CaseEvent> events = new ArrayList<>(open(opened).events());
        events.addAll(everyChange(opened, text).events());
        Case plain = plainCase(new CaseId("plain"), "P-1");
        events.addAll(open(plain).events());
        events.addAll(CaseFixtures.change(plain,
                h -> new Assigned(h, Optional.empty(), Optional.of(Owner.team("t"))),
                h -> new CustomFieldChanged(h, "f", Optional.empty(), Optional.empty())).events());
        return events;
    }
}
