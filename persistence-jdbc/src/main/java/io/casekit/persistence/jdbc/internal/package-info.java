/**
 * Implementation detail of the JDBC store: SQL per dialect, the case-row and event mappings, the
 * JSON codec, the migrations. Not part of the API: do not import from other modules; it changes
 * without notice.
 */
@NullMarked
package io.casekit.persistence.jdbc.internal;

import org.jspecify.annotations.NullMarked;
