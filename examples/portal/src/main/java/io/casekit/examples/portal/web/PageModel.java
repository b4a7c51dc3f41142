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

import io.casekit.examples.portal.signin.PortalUser;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (none on the sign-in pages) and the page's language. */
@ControllerAdvice
public class PageModel {

    /**
     * @param user the signed-in person, if any
     * @return the person, for the header and the agent-only parts of a page
     */
    @ModelAttribute("user")
    public @Nullable PortalUser user(@AuthenticationPrincipal @Nullable PortalUser user) {
        return user;
    }

    /** {@return the page's language, for the language switch} */
    @ModelAttribute("language")
    public String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage();
    }
}
