package io.casekit.core.cases.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import java.util.Optional;

/**
 * The cases this instance committed last, newest version kept, at most a fixed number (least
 * recently used go first). The engine runs a command on one of these instead of reading it, and
 * lets the store's version check prove it current; a stale entry costs one refused commit and a
 * read. Thread-safe.
 */
final class RecentCases {

    private final Cache<CaseId, Case> cases;
    private final boolean enabled;

    RecentCases(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("recentCases must not be negative, was " + size);
        }
        this.enabled = size > 0;
        this.cases = CacheBuilder.newBuilder().maximumSize(Math.max(size, 1)).build();
    }

    Optional<Case> get(CaseId id) {
        return enabled ? Optional.ofNullable(cases.getIfPresent(id)) : Optional.empty();
    }

    void put(Case committed) {
        if (enabled) {
            cases.asMap().merge(committed.id(), committed, (old, neu) -> neu.version() >= old.version() ? neu : old);
        }
    }

    void forget(CaseId id) {
        cases.invalidate(id);
    }
}
