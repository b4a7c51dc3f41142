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

import java.util.Locale;

/**
 * The inputs of the "lifecycle" workload, version 1, exactly as {@code benchmarks/lifecycle.md}
 * defines them. Case {@code i} is the global 0-based index: warm-up cases are {@code 0..W-1},
 * measured cases {@code W..W+N-1}. Everything is built before the clock starts.
 */
public final class Workload {

    /** The workload's version; a change to anything below is a new version. */
    public static final int VERSION = 1;

    /** The warm-up size the workload prescribes. */
    public static final int DEFAULT_WARMUP = 500;

    /** Every case's priority. */
    public static final String PRIORITY = "P3";

    /** Every case's type. */
    public static final String CASE_TYPE = "Incident";

    /** How many customers the cases are spread over. */
    public static final int CUSTOMERS = 500;

    /** How many contacts the cases are spread over ({@code contact % CUSTOMERS} is its customer). */
    public static final int CONTACTS = 5000;

    /** How many agents own the cases. */
    public static final int AGENTS = 25;

    /** The status names of the workload. */
    public static final String RECEIVED = "Received";
    public static final String IN_PROGRESS = "In Progress";
    public static final String WAITING = "Waiting for customer";
    public static final String READY = "Ready";
    public static final String CLOSED = "Closed";

    /** Transactions per case. */
    public static final int TX_PER_CASE = 6;

    private Workload() {}

    /**
     * The inputs of one case.
     *
     * @param index the global 0-based index
     * @param number {@code SD-} and the index in 8 digits (11 characters)
     * @param title 60 characters
     * @param description 200 characters
     * @param customerId {@code CUST-} and {@code index % 500} in 5 digits
     * @param contactId {@code CONT-} and {@code index % 5000} in 6 digits
     * @param owner {@code agent-} and {@code index % 25} in 2 digits
     * @param comment the customer's reply, 200 characters
     */
    public record CaseData(
            int index,
            String number,
            String title,
            String description,
            String customerId,
            String contactId,
            String owner,
            String comment) {}

    /** The inputs of case {@code i}. */
    public static CaseData caseData(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("case index must be 0 or more, was " + i);
        }
        String number = "SD-" + String.format(Locale.ROOT, "%08d", i);
        String customer = customerId(i % CUSTOMERS);
        return new CaseData(
                i,
                number,
                fit("Case " + number + ": VPN connection drops every few minutes - ", 60),
                fit("Customer " + customer + " reports that the VPN client disconnects roughly every five minutes"
                        + " since the last client update. Affected users cannot reach the file server or the ERP"
                        + " system. Case " + number + ". ", 200),
                customer,
                contactId(i % CONTACTS),
                agentId(i % AGENTS),
                fit("Customer reply on " + number + ": we reinstalled the VPN client as suggested and rebooted the"
                        + " laptop, but the connection still drops when switching between Wi-Fi networks. Logs"
                        + " attached. ", 200));
    }

    /** The inputs of cases {@code from..from+count-1}, indexed from 0. */
    public static CaseData[] cases(int from, int count) {
        CaseData[] result = new CaseData[count];
        for (int k = 0; k < count; k++) {
            result[k] = caseData(from + k);
        }
        return result;
    }

    /** The id of customer {@code c} (0-based). */
    public static String customerId(int c) {
        return "CUST-" + String.format(Locale.ROOT, "%05d", c);
    }

    /** The id of contact {@code c} (0-based); it belongs to customer {@code c % CUSTOMERS}. */
    public static String contactId(int c) {
        return "CONT-" + String.format(Locale.ROOT, "%06d", c);
    }

    /** The id of agent {@code a} (0-based). */
    public static String agentId(int a) {
        return "agent-" + String.format(Locale.ROOT, "%02d", a);
    }

    /** {@code s} repeated until it has at least {@code n} characters, then cut to exactly {@code n}. */
    public static String fit(String s, int n) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("cannot fit an empty string");
        }
        StringBuilder out = new StringBuilder(n + s.length());
        while (out.length() < n) {
            out.append(s);
        }
        return out.substring(0, n);
    }
}
