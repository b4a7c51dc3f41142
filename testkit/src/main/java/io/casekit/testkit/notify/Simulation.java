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
package io.casekit.testkit.notify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The answer of a {@link NotifierContract} harness to "can you stage this failure?": either the
 * means to stage it, or an explicit statement of why it cannot. There is no third answer and no
 * default, so that a harness never drops a failure scenario silently.
 *
 * <p>A test whose scenario the harness cannot stage is reported as not run: the contract aborts it
 * with {@code "not run: <scenario>: <reason>"}, so it shows in the test report (as aborted, or
 * skipped in build tools' counts) with the harness's reason, and never counts as a pass.
 *
 * @param <T> what the harness hands over to stage the failure (an address, an {@link Outage})
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Simulation<T> permits Simulation.Staged, Simulation.Impossible {

    /**
     * The harness can stage the failure with {@code means}.
     *
     * @param <T> the type of the means
     * @param means what stages the failure: the address to send to, the {@link Outage} to begin
     * @return the answer that the failure can be staged
     * @throws NullPointerException if {@code means} is null
     */
    static <T> Simulation<T> staged(T means) {
        return new Staged<>(means);
    }

    /**
     * The harness cannot stage the failure, for the stated reason (e.g. "the in-memory transport
     * cannot be unreachable").
     *
     * @param <T> the type of the means the harness would have handed over
     * @param reason why the harness cannot stage the failure, not blank; the test report shows it
     * @return the answer that the failure cannot be staged
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    static <T> Simulation<T> impossible(String reason) {
        return new Impossible<>(reason);
    }

    /**
     * The failure can be staged.
     *
     * @param <T> the type of the means
     * @param means what stages the failure
     */
    record Staged<T>(T means) implements Simulation<T> {
        /**
         * Checks that the means are given.
         *
         * @param means what stages the failure
         * @throws NullPointerException if {@code means} is null
         */
        public Staged {
            Objects.requireNonNull(means, "means");
        }
    }

    /**
     * The failure cannot be staged; the test that needs it is reported as not run, with the reason.
     *
     * @param <T> the type of the means the harness would have handed over
     * @param reason why the harness cannot stage the failure
     */
    record Impossible<T>(String reason) implements Simulation<T> {
        /**
         * Checks that a reason is given.
         *
         * @param reason why the harness cannot stage the failure, not blank
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public Impossible {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("say why the failure cannot be staged: reason must not be blank");
            }
        }
    }
}
