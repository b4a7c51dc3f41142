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
package io.casekit.examples.portal.web;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.spi.query.InvalidQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors every page shares. A case the user may not see and a case that does not exist get the
 * same "not found" page, so that a contact cannot learn which numbers exist at other customers.
 */
@ControllerAdvice
public class PortalErrors {

    /** {@return the "not found" page} */
    @ExceptionHandler({CaseNotFoundException.class, AccessDeniedException.class, NotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound() {
        return "error/not-found";
    }

    /**
     * @param e the bad list parameter
     * @param model the page's model
     * @return the "bad request" page naming the parameter and its rule
     */
    @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badRequest(RuntimeException e, Model model) {
        model.addAttribute("message", e instanceof InvalidQueryException ? e.getMessage() : "A parameter of the request is not valid.");
        return "error/bad-request";
    }

    /** Something the user asked for that is not there, or not there for this user. */
    public static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** @param what what was not found */
        public NotFound(String what) {
            super(what, null, false, false);
        }
    }
}
