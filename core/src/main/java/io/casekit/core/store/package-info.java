/** Stores that come with core: the in-memory {@link io.casekit.spi.store.CaseStore} (for tests, examples and embedded use without a database) and the {@link io.casekit.core.store.FileSystemAttachmentStore}. */
@NullMarked
package io.casekit.core.store;

import org.jspecify.annotations.NullMarked;
