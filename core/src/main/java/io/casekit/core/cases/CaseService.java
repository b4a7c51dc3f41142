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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.core.approvals.Approval;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.query.InvalidQueryException;
import java.util.List;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * Runs case commands and answers case reads, for one actor at a time. Get it from
 * {@link io.casekit.core.Casekit#cases()}. Thread-safe.
 *
 * <p>Every command is checked in this order, and refused with a typed error that changes nothing:
 * its fields ({@link CommandValidationException}), the actor ({@link AccessDeniedException}), the
 * case ({@link CaseNotFoundException}), the workflow definition the case was opened under
 * ({@link CommandValidationException}, {@link IllegalTransitionException}). An accepted command is
 * recorded as events and committed with the case's new state atomically; if another writer changed
 * the case in between, the commit fails with {@link io.casekit.spi.store.ConcurrentCaseUpdateException}
 * (retryable: run the command again). A command that would change nothing (the same title, the
 * current status) returns the case as it is and records nothing.
 */
@API(status = STABLE, since = "0.1.0")
public interface CaseService {

    /**
     * Runs a command as the given actor.
     *
     * @param actorId the actor's id in the identity provider
     * @param command what to do
     * @return the case after the command: for {@link Merge} the target, for {@link Unmerge} the
     *     source, for a comment on a merged case the case it is merged into, for a contact's feedback
     *     on a closed case the follow-up case it opened
     */
    Case execute(String actorId, CaseCommand command);

    /**
     * Runs a command as the Casekit system (timers, imports, integrations). The system may take the
     * transitions the definition opens to {@code SYSTEM}, and everything an agent may do besides.
     *
     * @param command what to do
     * @return the case after the command
     */
    Case executeAsSystem(CaseCommand command);

    /**
     * Reads a case.
     *
     * @param actorId the reading actor's id
     * @param id the case's id
     * @return the case as last committed
     * @throws AccessDeniedException if the actor is unknown
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    Case get(String actorId, CaseId id);

    /**
     * Reads a case by its number.
     *
     * @param actorId the reading actor's id
     * @param number the case number people quote, exact and case-sensitive
     * @return the case as last committed
     * @throws AccessDeniedException if the actor is unknown
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    Case getByNumber(String actorId, String number);

    /**
     * Reads a case's timeline as the actor may see it: every event in order, without internal
     * comments for a contact. The timeline of a case that other cases were merged into also holds
     * their comments, in time order; each keeps its header, whose case id names the case it was
     * written on.
     *
     * @param actorId the reading actor's id
     * @param id the case's id
     * @return the events in sequence order (time order across merged cases); never empty
     * @throws AccessDeniedException if the actor is unknown
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    List<CaseEvent> timeline(String actorId, CaseId id);

    /**
     * Where the case's approvals stand: one entry per approval kind the case was ever asked for,
     * with its latest request and the decision on it, in the order of those requests.
     *
     * @param actorId the reading actor's id
     * @param id the case's id
     * @return the approvals; empty if the case was never asked for one
     * @throws AccessDeniedException if the actor is unknown
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    List<Approval> approvals(String actorId, CaseId id);

    /**
     * One page of the cases the actor may see that match the query: a contact finds its own
     * customer's cases only (a filter on other customers finds nothing); agents and the system find
     * every case.
     *
     * @param actorId the searching actor's id
     * @param query the filter, sort, page size and cursor
     * @return the page; empty when nothing matches
     * @throws AccessDeniedException if the actor is unknown
     * @throws UnsupportedOperationException if the store answers no queries (does not implement
     *     {@link CaseQueries})
     */
    CasePage search(String actorId, CaseQuery query);

    /**
     * How many of the cases the actor may see match the filter, per code of the dimension (a
     * dashboard's "open cases per priority"); the same visibility as {@link #search}.
     *
     * @param actorId the counting actor's id
     * @param filter which cases to count
     * @param dimension what to count them per
     * @throws AccessDeniedException if the actor is unknown
     * @throws UnsupportedOperationException if the store answers no queries
     * @return the non-zero counts by code, in code order
     */
    SortedMap<String, Long> count(String actorId, CaseFilter filter, CountDimension dimension);

    /**
     * The filter of one of the views a portal offers ("Open Cases - Waiting for input customer"),
     * from the workflow definition the actor's customer opens cases under (the default definition
     * for agents). Narrow it further with {@link CaseFilter#toBuilder()}.
     *
     * @param actorId the actor's id; a contact gets its customer's definition
     * @param viewCode the view's code in the workflow definition
     * @return the view's filter, for {@link #search} or {@link #count}
     * @throws AccessDeniedException if the actor is unknown
     * @throws InvalidQueryException naming the field {@code view} if the definition has no such view
     */
    CaseFilter viewFilter(String actorId, String viewCode);

    /**
     * What the actor may do on the case now: each command {@link #execute} would accept from it at
     * this moment. A portal draws its buttons from it.
     *
     * @param actorId the actor's id
     * @param caseId the case's id
     * @return the commands the actor may run now, with their allowed values
     * @throws AccessDeniedException if the actor is unknown
     * @throws CaseNotFoundException if there is no such case, or the actor may not see it
     */
    AllowedActions allowedActions(String actorId, CaseId caseId);
}
