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
package io.casekit.examples.portal.load;

import io.casekit.examples.portal.PortalApplication;
import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.examples.portal.demo.DevelopmentMailServer;
import io.casekit.examples.portal.demo.DevelopmentMailServer.ReceivedMail;
import io.casekit.examples.portal.load.PortalSession.Page;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.model.ActorKind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal under load: a benchmark program, not a test. It
 * <ol>
 *   <li>starts the portal in this JVM on a free port of 127.0.0.1 only, with an H2 file database and
 *       attachment directory in a fresh temporary directory, the development mail server on a free
 *       port, the demo data, and logging at WARN;
 *   <li>fills the store up to the number of cases asked through Casekit's API ({@link LoadData}),
 *       and adds people until 50 contacts (ten per demo customer) and 10 agents exist;
 *   <li>signs every one of them in over HTTP, as a browser does: the address form, the code read
 *       from the development mail server, the code form, each with its page's CSRF token;
 *   <li>runs their journeys ({@link ContactJourney}, {@link AgentJourney}) at the same time, one
 *       thread and one {@link java.net.http.HttpClient} per person, without think time: first a
 *       warm-up that is not measured, then the measured run;
 *   <li>prints per kind of page the count, pages per second, p50, p95, p99 and maximum latency and
 *       the errors, beside the floor ({@code /portal.css}, {@code /sign-in}); then runs one
 *       contact's journey alone and one agent's journey alone, for the pages' latency without
 *       queueing behind 59 other people; then measures the exports on their own, one after the other
 *       (each streams every case the contact may see);
 *   <li>prints the heap used, the number of cases and the machine's load, and exits with 1 if any
 *       request failed, answered outside 2xx/3xx, or showed a page without what it must show.
 * </ol>
 *
 * <p>Run it from the repository's root (arguments: cases, measured seconds, warm-up seconds, solo
 * seconds; defaults 100000 60 15 10):
 * <pre>
 * ./mvnw -B -ntp -o -q -pl examples/portal test-compile exec:java \
 *     -Dexec.mainClass=io.casekit.examples.portal.load.PortalLoad -Dexec.classpathScope=test \
 *     -Dexec.args="100000 60 15 10"
 * </pre>
 * With {@code -Dportal.load.directory=/some/dir} the database and files stay in that directory
 * instead of a fresh temporary one, and a second run only tops the cases up (seeding 100,000 cases
 * takes minutes).
 *
 * <p>Bounded: 60 people, a fixed time, time-outs of 5 s to connect and 30 s per request (5 minutes
 * per export), loopback only. The portal and the driver share the machine's cores: the numbers are
 * an upper bound of the portal's own latency under that load, and the floor shows what the HTTP
 * stack costs by itself.
 */
public final class PortalLoad {

    private static final int CONTACTS = 50;
    private static final int AGENTS = 10;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final PrintStream OUT = System.out;

    private PortalLoad() {}

    /**
     * Runs the load.
     *
     * @param args the number of cases (default 100000), the measured seconds (default 60) and the
     *     warm-up seconds (default 15)
     * @throws Exception if the portal does not start or the load cannot run
     */
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int solo = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int exit;
        OUT.printf(Locale.ROOT, "portal load: %,d cases, %d contacts, %d agents, %d s warm-up, %d s measured, %d s solo; %d cores, %s; Java %s%n",
                cases, CONTACTS, AGENTS, warmUp, seconds, solo, Runtime.getRuntime().availableProcessors(), load(),
                Runtime.version());
        String kept = System.getProperty("portal.load.directory", "");
        Path directory = kept.isBlank() ? Files.createTempDirectory("portal-load-") : Files.createDirectories(Path.of(kept));
        ConfigurableApplicationContext portal = start(directory);
        try {
            exit = run(portal, cases, seconds, warmUp, solo);
        } finally {
            portal.close();
        }
        OUT.println(exit == 0 ? "no errors" : "FAILED: there were errors");
        OUT.flush();
        System.exit(exit);
    }

    private static ConfigurableApplicationContext start(Path directory) {
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(PortalApplication.class);
        ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db").resolve("casekit").toAbsolutePath(),
                "--casekit.attachments.directory=" + directory.resolve("files").toAbsolutePath(),
                "--casekit.mail.port=" + freePort(),
                "--portal.demo-data=true",
                "--portal.development-mail=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        OUT.printf(Locale.ROOT, "portal started in %.1f s, database in %s%n", (System.nanoTime() - start) / 1e9, directory);
        return context;
    }

    private static int run(ConfigurableApplicationContext portal, int cases, int seconds, int warmUp, int solo) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) portal).getWebServer().getPort());
        LoadData data = new LoadData(portal, OUT);
        List<Actor> people = data.people(CONTACTS, AGENTS);
        data.seed(cases, people.stream().filter(a -> a.kind() == ActorKind.CONTACT).toList(), Runtime.getRuntime().availableProcessors());

        Measurements signIns = new Measurements();
        List<PortalSession> sessions = new ArrayList<>();
        long signInStart = System.nanoTime();
        DevelopmentMailServer mail = portal.getBean(DevelopmentMailServer.class);
        for (Actor person : people) {
            PortalSession session = new PortalSession(base, person.id(), REQUEST_TIMEOUT, signIns);
            signIn(session, person, mail);
            sessions.add(session);
        }
        OUT.printf(Locale.ROOT, "signed in %d people over HTTP in %.1f s (%d requests, %d errors)%n", sessions.size(),
                (System.nanoTime() - signInStart) / 1e9, signIns.count(), signIns.errorCount());
        if (signIns.errorCount() > 0) {
            signIns.print(OUT, "sign-in", 1);
            return 1;
        }

        Measurements warm = new Measurements();
        Measurements measured = new Measurements();
        sessions.forEach(s -> s.measureInto(warm));
        long warmStart = System.nanoTime();
        long deadline = warmStart + TimeUnit.SECONDS.toNanos(warmUp + seconds);
        List<Thread> threads = new ArrayList<>();
        List<String> searches = LoadData.searches();
        for (int i = 0; i < people.size(); i++) {
            Actor person = people.get(i);
            PortalSession session = sessions.get(i);
            Runnable journey;
            if (person.kind() == ActorKind.AGENT) {
                journey = new AgentJourney(session, deadline);
            } else {
                String customer = person.customerId().orElseThrow();
                journey = new ContactJourney(session, deadline, data.views(customer), searches, data.newCaseForms(customer));
            }
            Thread thread = new Thread(journey, "load-" + person.id());
            threads.add(thread);
        }
        OUT.printf(Locale.ROOT, "warm-up: %d s, load before: %s%n", warmUp, load());
        threads.forEach(Thread::start);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmUp));
        sessions.forEach(s -> s.measureInto(measured));
        long measuredStart = System.nanoTime();
        OUT.printf(Locale.ROOT, "warm-up done: %,d requests, %d errors; measuring %d s%n", warm.count(), warm.errorCount(), seconds);
        for (Thread thread : threads) {
            thread.join();
        }
        double measuredSeconds = (System.nanoTime() - measuredStart) / 1e9;
        String loadAfterRun = load();
        measured.print(OUT, String.format(Locale.ROOT, "measured run: %d contacts and %d agents, no think time, %.1f s, %,d cases at the start",
                CONTACTS, AGENTS, measuredSeconds, cases), measuredSeconds);
        OUT.printf(Locale.ROOT, "load at the end of the run: %s%n", loadAfterRun);

        Measurements alone = new Measurements();
        int contact = people.indexOf(people.stream().filter(p -> p.id().equals("anna")).findFirst().orElseThrow());
        int agent = people.indexOf(people.stream().filter(p -> p.id().equals("alice")).findFirst().orElseThrow());
        sessions.get(contact).measureInto(alone);
        sessions.get(agent).measureInto(alone);
        long soloStart = System.nanoTime();
        new ContactJourney(sessions.get(contact), System.nanoTime() + TimeUnit.SECONDS.toNanos(solo), data.views(DemoPeople.ACME),
                searches, data.newCaseForms(DemoPeople.ACME)).run();
        new AgentJourney(sessions.get(agent), System.nanoTime() + TimeUnit.SECONDS.toNanos(solo)).run();
        alone.print(OUT, String.format(Locale.ROOT, "solo: one person at a time, no think time (anna's journey %d s, then alice's %d s): the pages'"
                + " own latency without queueing", solo, solo), (System.nanoTime() - soloStart) / 1e9);

        Measurements exports = new Measurements();
        PortalSession exporter = sessions.get(contact);
        exporter.measureInto(exports);
        long exportStart = System.nanoTime();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sizes.add(export(exporter, PageKind.EXPORT_CSV, "csv"));
        }
        for (int i = 0; i < 2; i++) {
            sizes.add(export(exporter, PageKind.EXPORT_XLSX, "xlsx"));
        }
        exports.print(OUT, "exports, one at a time, nothing else running (anna, authorised contact of "
                + DemoPeople.ACME + ", every case of the customer)", (System.nanoTime() - exportStart) / 1e9);
        OUT.println("export sizes: " + String.join(", ", sizes));

        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        OUT.printf(Locale.ROOT, "heap: %,d MB used (%,d MB after a GC), %,d MB committed, %,d MB max%n",
                before.getUsed() >> 20, after.getUsed() >> 20, after.getCommitted() >> 20, after.getMax() >> 20);
        OUT.printf(Locale.ROOT, "cases in the store at the end: %,d; load: %s%n", data.caseCount(), load());
        long errors = warm.errorCount() + measured.errorCount() + alone.errorCount() + exports.errorCount();
        if (warm.errorCount() > 0) {
            warm.print(OUT, "warm-up (had errors)", warmUp);
        }
        return errors == 0 ? 0 : 1;
    }

    private static String export(PortalSession session, PageKind kind, String format) {
        try {
            long bytes = session.download(kind, "/cases/export?format=" + format);
            return String.format(Locale.ROOT, "%s %,d bytes", format, bytes);
        } catch (PortalSession.PageException e) {
            return format + " failed";
        }
    }

    /**
     * Signs a person in as a browser does: the address form, the code from the development mail
     * server (the newest mail to the address), the code form; each form with its page's CSRF token.
     */
    private static void signIn(PortalSession session, Actor person, DevelopmentMailServer mail) {
        String email = person.email().orElseThrow();
        PageKind kind = PageKind.FLOOR_SIGN_IN;
        int mailsBefore = mail.received(Optional.of(email)).size();
        Page form = session.get(kind, "/sign-in", "name=\"email\"");
        URI codePage = session.postForm(kind, "/sign-in", form, Map.of("email", email));
        if (!codePage.getPath().equals("/sign-in/code")) {
            throw session.fail(kind, "the address led to " + codePage);
        }
        Page codeForm = session.get(kind, "/sign-in/code", "name=\"code\"");
        String code = code(mail, email, mailsBefore).orElseThrow(() -> session.fail(kind, "no code mailed to " + email));
        URI home = session.postForm(kind, "/sign-in/code", codeForm, Map.of("code", code));
        String expected = person.kind() == ActorKind.AGENT ? "/desk" : "/";
        if (!home.getPath().equals(expected)) {
            throw session.fail(kind, "the code led to " + home + " instead of " + expected);
        }
    }

    private static Optional<String> code(DevelopmentMailServer mail, String email, int mailsBefore) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            List<ReceivedMail> mails = mail.received(Optional.of(email));
            if (mails.size() > mailsBefore) {
                Matcher matcher = CODE.matcher(mails.get(0).text());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the machine's load averages over 1, 5 and 15 minutes, as uptime prints them} */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown (" + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")";
        }
    }
}
