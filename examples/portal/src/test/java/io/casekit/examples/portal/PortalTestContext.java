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

import io.casekit.core.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every portal test context gets: its own in-memory H2 database, attachment directory and
 * development mail port (so that contexts never share state, and a portal running on the machine
 * does not disturb them), and a {@link ManualClock} that tests move to let SLA and feedback timers
 * come due.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestContext {

    /** Where the test clock starts: a Monday morning in office hours. */
    public static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    /** {@return the clock every Casekit part and page of the test context reads} */
    @Bean
    ManualClock clock() {
        return new ManualClock(START);
    }

    /**
     * @param registry the context's properties
     */
    public static void register(DynamicPropertyRegistry registry) {
        // each value once: a supplier is asked again at every look-up of its property
        String id = UUID.randomUUID().toString();
        int mailPort = freePort();
        String files = temporaryDirectory(id);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:portal-" + id + ";DB_CLOSE_DELAY=-1");
        registry.add("casekit.mail.port", () -> mailPort);
        registry.add("casekit.attachments.directory", () -> files);
        registry.add("casekit.dispatcher.poll-interval", () -> "50ms");
        registry.add("casekit.scheduler.poll-interval", () -> "50ms");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String temporaryDirectory(String id) {
        try {
            return Files.createTempDirectory("portal-files-" + id).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
