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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.CasekitException;
import io.casekit.spi.model.CaseId;
import org.apiguardian.api.API;

/**
 * A command asked to change a case that is merged into another one: a merged case is read-only
 * until it is unmerged. Comments are not refused but land on the target; everything else is, with
 * this error, which names the target to work on instead. Nothing changed.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseMergedException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The merged case's number. */
    private final String caseNumber;
    /** The case it is merged into. */
    private final CaseId target;

    /**
     * @param caseNumber the merged case
     * @param target the case it is merged into
     */
    public CaseMergedException(String caseNumber, CaseId target) {
        super("case " + caseNumber + " is merged into case " + target.value() + " and takes no changes; work on that case,"
                + " or unmerge this one");
        this.caseNumber = caseNumber;
        this.target = target;
    }

    /** {@return the merged case's number} */
    public String caseNumber() {
        return caseNumber;
    }

    /** {@return the case it is merged into: the one to work on instead} */
    public CaseId target() {
        return target;
    }
}
