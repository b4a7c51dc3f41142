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
package io.casekit.examples.lifecycle;

import static io.casekit.examples.lifecycle.Workload.CLOSED;
import static io.casekit.examples.lifecycle.Workload.IN_PROGRESS;
import static io.casekit.examples.lifecycle.Workload.READY;
import static io.casekit.examples.lifecycle.Workload.RECEIVED;
import static io.casekit.examples.lifecycle.Workload.WAITING;

import io.casekit.examples.lifecycle.Workload.CaseData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory floor: the least work that does what a lifecycle transaction does, with no
 * workflow engine. A case is a row in a {@link ConcurrentHashMap} keyed by number; each
 * transaction atomically checks the row's version and status (as {@code UPDATE ... WHERE version =
 * ?} does), writes the new status, owner, version and modification time, and appends exactly one
 * audit record to the case's list. Casekit on the in-memory store is measured against this.
 */
public final class InMemoryFloorTarget implements LifecycleTarget<String> {

    /** The name in reports. */
    public static final String NAME = "floor-memory";

    private final ConcurrentMap<String, Row> cases = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** One audit record: who moved the case from which status to which, when, with which comment. */
    record AuditRecord(long version, String kind, String who, Instant at, @Nullable String fromStatus, String toStatus,
            @Nullable String body) {}

    /**
     * A case row. The immutable fields are the case data; the mutable ones change only inside the
     * map's atomic {@code computeIfPresent} of the row's key.
     */
    static final class Row {
        final String number;
        final String title;
        final String description;
        final String priority;
        final String caseType;
        final String customerId;
        final String contactId;
        final Instant createdAt;
        @Nullable String owner;
        String status;
        long version;
        Instant modifiedAt;
        final List<AuditRecord> audit = new ArrayList<>(Workload.TX_PER_CASE);

        Row(CaseData c, Instant now) {
            number = c.number();
            title = c.title();
            description = c.description();
            priority = Workload.PRIORITY;
            caseType = Workload.CASE_TYPE;
            customerId = c.customerId();
            contactId = c.contactId();
            createdAt = now;
            owner = null;
            status = RECEIVED;
            version = 1;
            modifiedAt = now;
            audit.add(new AuditRecord(1, "created", c.contactId(), now, null, RECEIVED, null));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() {
        // nothing to create
    }

    @Override
    public String create(CaseData c) {
        Row previous = cases.putIfAbsent(c.number(), new Row(c, clock.instant()));
        if (previous != null) {
            throw new IllegalStateException("case " + c.number() + " exists already");
        }
        return c.number();
    }

    @Override
    public void assign(String number, CaseData c) {
        move(number, 1, RECEIVED, IN_PROGRESS, c.owner(), c.owner(), null);
    }

    @Override
    public void waitForCustomer(String number, CaseData c) {
        move(number, 2, IN_PROGRESS, WAITING, c.owner(), null, null);
    }

    @Override
    public void customerComment(String number, CaseData c) {
        move(number, 3, WAITING, IN_PROGRESS, c.contactId(), null, c.comment());
    }

    @Override
    public void resolve(String number, CaseData c) {
        move(number, 4, IN_PROGRESS, READY, c.owner(), null, null);
    }

    @Override
    public void closeCase(String number, CaseData c) {
        move(number, 5, READY, CLOSED, c.owner(), null, null);
    }

    /** One transaction: a conditional update of the row plus one audit record, atomically. */
    private void move(String number, long expectedVersion, String from, String to, String who, @Nullable String newOwner,
            @Nullable String comment) {
        Instant now = clock.instant();
        Row updated = cases.computeIfPresent(number, (key, row) -> {
            if (row.version != expectedVersion || !row.status.equals(from)) {
                throw new IllegalStateException("case " + key + " is at version " + row.version + " in '" + row.status
                        + "', expected version " + expectedVersion + " in '" + from + "'");
            }
            row.status = to;
            if (newOwner != null) {
                row.owner = newOwner;
            }
            row.version++;
            row.modifiedAt = now;
            row.audit.add(new AuditRecord(row.version, comment == null ? "status" : "comment", who, now, from, to, comment));
            return row;
        });
        if (updated == null) {
            throw new IllegalStateException("no case " + number);
        }
    }

    @Override
    public Verification verify(CaseData[] all, AtomicReferenceArray<String> handles) {
        Verification.Collector v = new Verification.Collector();
        v.check(cases.size() == all.length, "store holds " + cases.size() + " cases, expected " + all.length);
        for (CaseData c : all) {
            Row row = cases.get(c.number());
            if (row == null || !Objects.equals(handles.get(c.index()), c.number())) {
                v.problem("case " + c.number() + " is missing");
                continue;
            }
            v.check(row.status.equals(CLOSED) && row.version == 6, "case " + c.number() + " is '" + row.status
                    + "' at version " + row.version + ", expected 'Closed' at 6");
            v.check(c.owner().equals(row.owner), "case " + c.number() + " is owned by " + row.owner);
            v.check(row.audit.size() == 6, "case " + c.number() + " has " + row.audit.size() + " audit records, expected 6");
            long comments = row.audit.stream().filter(a -> a.body() != null && a.body().length() == 200
                    && a.body().equals(c.comment())).count();
            v.check(comments == 1, "case " + c.number() + " has " + comments + " 200-character comment bodies, expected 1");
            v.checked(row.audit.size());
        }
        return v.result();
    }

    @Override
    public void tearDown() {
        cases.clear();
    }
}
