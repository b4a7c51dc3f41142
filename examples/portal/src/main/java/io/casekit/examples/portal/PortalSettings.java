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
package io.casekit.examples.portal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code portal.*}); Casekit's are the starter's {@code casekit.*}.
 *
 * @param zone the time zone the portal shows times in (the customers' zone in the guides)
 * @param demoData whether to fill an empty store with the demo cases at start-up
 * @param developmentMail whether to run the development mail server the mailbox page reads
 * @param baseUrl the portal's address as its users reach it, for the links in mails
 */
@ConfigurationProperties("portal")
public record PortalSettings(
        @DefaultValue("Europe/Brussels") ZoneId zone,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("true") boolean developmentMail,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
