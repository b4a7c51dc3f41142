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
package io.casekit.spi.outbox;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a notification is on its way to its recipient. */
@API(status = STABLE, since = "0.1.0")
public enum DeliveryState {
    /** Not delivered yet: due at its next attempt time. */
    PENDING,
    /** Delivered; never sent again. */
    SENT,
    /** Given up on (a permanent failure, or too many attempts); waits for a host to replay it. */
    FAILED
}
