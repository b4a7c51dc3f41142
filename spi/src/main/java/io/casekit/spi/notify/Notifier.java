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
package io.casekit.spi.notify;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.identity.Channel;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Delivers rendered messages over one or more channels (mail over SMTP, say). Casekit renders the
 * message and decides who gets it; the notifier only transports it.
 *
 * <p>Implementations must be thread-safe, must not throw for a delivery failure (they return a
 * {@link DeliveryOutcome}), and must not log message bodies or secrets.
 */
@API(status = STABLE, since = "0.1.0")
public interface Notifier {

    /** {@return the channels this notifier delivers on; Casekit hands it only messages for these} */
    Set<Channel> channels();

    /**
     * Delivers one message to its recipient.
     *
     * @param message the rendered message, with its recipient's address on one of {@link #channels()}
     * @return the outcome; never null
     */
    DeliveryOutcome deliver(Message message);
}
