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
package io.casekit.examples.portal.access;

import io.casekit.core.access.InvitationPolicy;
import io.casekit.examples.portal.PortalSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The invitation rules the starter hands to Casekit. */
@Configuration
public class AccessConfiguration {

    /**
     * @param settings the portal's address
     * @return invitations valid 14 days, whose mails link to the portal's redeem page
     */
    @Bean
    InvitationPolicy invitationPolicy(PortalSettings settings) {
        return InvitationPolicy.DEFAULT.withLink(settings.baseUrl() + "/invitation?code={code}");
    }
}
