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
package io.casekit.export.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** One cell of an export row, typed so that each format writes it its own way. */
sealed interface CellValue {

    /** The empty cell. */
    CellValue BLANK = new Blank();

    /**
     * @param value a text, or absent
     * @return a text cell, blank if absent
     */
    static CellValue text(Optional<String> value) {
        return value.<CellValue>map(Text::new).orElse(BLANK);
    }

    /** No value. */
    record Blank() implements CellValue {}

    /** @param value text as the reader sees it, not yet neutralised */
    record Text(String value) implements CellValue {
        /** @param value the text */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param value a moment in the reader's time zone */
    record Moment(LocalDateTime value) implements CellValue {
        /** @param value the local date and time */
        public Moment {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param value a number */
    record Decimal(BigDecimal value) implements CellValue {
        /** @param value the number */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param value yes or no */
    record Flag(boolean value) implements CellValue {}
}
