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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears how far an export is: called on the exporting thread once per page of cases written, with
 * the number of cases written so far (increasing; the last call gives the total, 0 for an empty
 * export). An exception it throws ends the export (that is how a host cancels one) and reaches the
 * caller of {@link CaseExport#write}, after temporary files are deleted.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@FunctionalInterface
public interface ExportProgress {

    /**
     * A page of cases was written.
     *
     * @param casesWritten how many cases the export has written so far
     */
    void casesWritten(long casesWritten);

    /** {@return a listener that ignores the progress} */
    static ExportProgress none() {
        return casesWritten -> { };
    }
}
