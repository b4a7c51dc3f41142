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
package io.casekit.examples.portal.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The portal's security: session sign-in by code, CSRF tokens on every form (Spring Security's
 * default, which the templates' {@code th:action} forms carry), a strict content security policy,
 * the desk only for agents and the customer's lists and form only for contacts.
 */
@Configuration
public class SecurityConfiguration {

    /** {@return where the signed-in user is kept: the HTTP session} */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * @param http Spring Security's builder
     * @param contexts where the signed-in user is kept
     * @return the filter chain
     * @throws Exception if Spring Security cannot build it
     */
    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return http
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/sign-in/**", "/invitation", "/access-request", "/mailbox", "/mailbox/reply", "/portal.css", "/error")
                        .permitAll()
                        .requestMatchers("/desk", "/desk/**")
                        .hasRole("AGENT")
                        .requestMatchers("/cases", "/cases/**", "/new", "/colleagues", "/colleagues/**")
                        .hasRole("CONTACT")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }
}
