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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What {@link AttachmentStore#claim} did: an upload is claimed at most once. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ClaimOutcome {
    /** The upload was unclaimed and is now claimed by this call. */
    CLAIMED,
    /** The upload was claimed already (by an earlier call, on this node or another); nothing changed. */
    ALREADY_CLAIMED,
    /** Nothing is stored under the id; nothing changed. */
    NOT_STORED
}
