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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a contract tier is promised: per priority, first-response and resolution targets, counted on
 * a business calendar, with a warning threshold; optionally only for some case types.
 *
 * @param id the policy's id, recorded on the SLA instances it starts
 * @param contract the contract tier it applies to (a customer's {@code supportContract}), or
 *     {@value #NO_CONTRACT} for customers without one
 * @param caseTypes the case types it applies to; empty means all (a policy naming the case type
 *     wins over one that does not)
 * @param calendar the id of the business calendar the clocks run on
 * @param warningPercent the share of the budget after which an instance is nearing breach (1-100)
 * @param firstResponse what counts as the first response
 * @param pauseOn the status flags that stop the clocks (any of them)
 * @param warningCalendar if present, a warning that falls outside this calendar's opening hours is
 *     delivered at its next opening instead (never twice)
 * @param targets the targets by priority code; a priority without targets gets no SLA
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SlaPolicy(
        String id,
        String contract,
        Set<String> caseTypes,
        String calendar,
        int warningPercent,
        FirstResponse firstResponse,
        Set<StatusFlag> pauseOn,
        Optional<String> warningCalendar,
        Map<String, SlaTargets> targets) {

    /** The {@link #contract()} of customers without a support contract. */
    public static final String NO_CONTRACT = "none";

    /**
     * Checks that the parts are present and copies the collections; the codes are checked against the
     * definition when it is built.
     *
     * @param id the policy's id, recorded on the SLA instances it starts
     * @param contract the contract tier it applies to (a customer's {@code supportContract}), or
     *     {@value #NO_CONTRACT} for customers without one
     * @param caseTypes the case types it applies to; empty means all (a policy naming the case type
     *     wins over one that does not)
     * @param calendar the id of the business calendar the clocks run on
     * @param warningPercent the share of the budget after which an instance is nearing breach (1-100)
     * @param firstResponse what counts as the first response
     * @param pauseOn the status flags that stop the clocks (any of them)
     * @param warningCalendar if present, a warning that falls outside this calendar's opening hours is
     *     delivered at its next opening instead (never twice)
     * @param targets the targets by priority code; a priority without targets gets no SLA
     */
    public SlaPolicy {
        requireNonNull(id, "slaPolicy.id");
        requireNonNull(contract, "slaPolicy.contract");
        caseTypes = Set.copyOf(caseTypes);
        requireNonNull(calendar, "slaPolicy.calendar");
        requireNonNull(firstResponse, "slaPolicy.firstResponse");
        pauseOn = pauseOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pauseOn));
        requireNonNull(warningCalendar, "slaPolicy.warningCalendar");
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /**
     * Whether the policy covers a case of this contract tier and type.
     *
     * @param customerContract the customer's contract tier, or empty for none (matched by {@value
     *     #NO_CONTRACT})
     * @param caseType the case type code
     * @return {@code true} if the tier matches and the policy names the type or every type
     */
    public boolean covers(Optional<String> customerContract, String caseType) {
        return contract.equals(customerContract.orElse(NO_CONTRACT)) && (caseTypes.isEmpty() || caseTypes.contains(caseType));
    }
}
