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
package io.casekit.spi.attachment;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.CasekitException;
import org.apiguardian.api.API;

/**
 * A {@link AttachmentStore#put} was refused because the store already holds an attachment with this
 * id. The stored one is unchanged; a store never replaces content. Ids are random, so this points at
 * a caller that reused an id: retrying with the same id fails again.
 */
@API(status = STABLE, since = "0.1.0")
public final class DuplicateAttachmentException extends CasekitException {

    private static final long serialVersionUID = 1L;

    /** The id that is taken. */
    private final AttachmentId id;

    /**
     * A refused put.
     *
     * @param id the id that is taken
     */
    public DuplicateAttachmentException(AttachmentId id) {
        super("attachment " + id + " already exists; stored content is never replaced");
        this.id = id;
    }

    /** {@return the id that is taken} */
    public AttachmentId id() {
        return id;
    }
}
