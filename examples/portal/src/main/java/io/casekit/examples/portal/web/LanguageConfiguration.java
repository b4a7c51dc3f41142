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
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language switch: {@code ?lang=nl|en|fr} on any page sets the language of the session; until
 * then the signed-in person's own language applies, else the browser's.
 */
@Configuration
public class LanguageConfiguration implements WebMvcConfigurer {

    /** The portal's languages, as the guides' portals have them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.FRENCH);

    /** {@return the session's language, by default the person's} */
    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof PortalUser user) {
                return user.language();
            }
            Locale browser = request.getLocale();
            return LANGUAGES.stream().filter(l -> l.getLanguage().equals(browser.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
