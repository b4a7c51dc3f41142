/**
 * Casekit's schema migrations written in Java (where SQL alone cannot say them), found by Flyway
 * beside the SQL scripts of each dialect. Internal: not part of the plug-in's API.
 */
@NullMarked
package io.casekit.persistence.jdbc.internal.migration;

import org.jspecify.annotations.NullMarked;
