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
package io.casekit.spring.boot.internal;

import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.observe.Observation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells each of several observers; one that throws is logged and does not keep the others from hearing. */
public final class Observers implements CasekitObserver {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    private final List<CasekitObserver> observers;

    private Observers(List<CasekitObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /**
     * @param observers the observers, in the order they are told
     * @return one observer that tells them all ({@link CasekitObserver#NONE} for none, the observer itself for one)
     */
    public static CasekitObserver of(List<CasekitObserver> observers) {
        return switch (observers.size()) {
            case 0 -> CasekitObserver.NONE;
            case 1 -> observers.get(0);
            default -> new Observers(observers);
        };
    }

    @Override
    public void observe(Observation observation) {
        for (CasekitObserver observer : observers) {
            try {
                observer.observe(observation);
            } catch (RuntimeException e) {
                LOG.warn("the Casekit observer {} failed on {}", observer.getClass().getName(), observation.getClass().getSimpleName(), e);
            }
        }
    }
}
