package io.casekit.spi.store;

import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps cases and their timelines. Casekit reads a case, computes the change, and hands the new
 * state and its events to {@link #commit(CaseCommit)}; the store makes the change durable
 * atomically, or refuses it if another writer got there first. Queries, timers and an outbox are
 * separate contracts that a store may implement beside this one.
 *
 * <p>Implementations must be thread-safe and pass {@code CaseStoreContract} from the spi test-jar.
 */
public interface CaseStore {

    /**
     * Loads a case by id.
     *
     * @return the last committed state, or empty if no case has this id; never null
     */
    Optional<Case> find(CaseId id);

    /**
     * Loads a case by its number (exact match, case-sensitive).
     *
     * @return the last committed state, or empty if no case has this number; never null
     */
    Optional<Case> findByNumber(String number);

    /**
     * Commits one change: the new case state and the events that led to it, all or nothing.
     *
     * <p>The store must guarantee that, when this method returns normally, the state and every
     * event are durable and visible to later reads; when it throws, nothing of the commit is
     * visible. A commit with {@link CaseCommit#expectedVersion()} 0 creates the case; any other
     * commit applies only if the stored version equals the expected version.
     *
     * @throws ConcurrentCaseUpdateException if the stored version is not the expected one (another
     *     writer committed first, or the case to create exists already); nothing was written
     * @throws DuplicateCaseNumberException if a new case's number is taken; nothing was written
     */
    void commit(CaseCommit commit);

    /**
     * Commits changes of several cases as one: all of them or none (a merge changes the target and
     * every source; a follow-up creates a case and links the old one). Each commit is checked as
     * {@link #commit} checks it, against its own expected version.
     *
     * <p>When this method returns normally, every state and event of every commit is durable and
     * visible; when it throws, nothing of any of them is. Readers may see the cases of a
     * multi-case commit change one after the other, never a case without its own events; writers
     * never interleave with it (a writer that read a case before the multi-case commit changed it
     * is refused by the version check).
     *
     * <p>The default method commits a single commit with {@link #commit} and refuses more: a store
     * that cannot commit several cases atomically must not pretend it can.
     *
     * @param commits the commits, at least one, of distinct cases
     * @throws ConcurrentCaseUpdateException if any case's stored version is not its commit's expected
     *     one; nothing of any commit was written
     * @throws DuplicateCaseNumberException if a new case's number is taken; nothing was written
     * @throws IllegalArgumentException if the list is empty or names a case twice
     * @throws UnsupportedOperationException if the store cannot commit several cases atomically
     */
    default void commitAll(List<CaseCommit> commits) {
        List<CaseCommit> checked = CaseCommit.distinct(commits);
        if (checked.size() == 1) {
            commit(checked.get(0));
            return;
        }
        throw new UnsupportedOperationException(getClass().getName() + " cannot commit several cases atomically");
    }

    /**
     * Reads a case's timeline.
     *
     * @return every committed event of the case in sequence order, or an empty list if the case is
     *     unknown; never null
     */
    List<CaseEvent> events(CaseId id);

    /**
     * Hands out the next value of a named sequence, for case numbers.
     *
     * <p>The first value of a sequence is 1. A value is never handed out twice, also across
     * threads, nodes and restarts; values may be skipped (for example when a commit fails after
     * taking one).
     */
    long nextSequenceValue(String sequenceName);
}
