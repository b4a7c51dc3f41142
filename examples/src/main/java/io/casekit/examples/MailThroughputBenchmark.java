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
package io.casekit.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.notifications.smtp.SmtpSecurity;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.notify.DeliveryOutcome;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The driver of the "mail throughput" benchmark: how fast a burst of notifications (one mail to each
 * contact of a large customer, say) drains through the {@link SmtpNotifier} to an SMTP server on
 * loopback (GreenMail, in this JVM), with a new connection per mail and with reused connections, on
 * one thread and on several. Each configuration sends a warm-up burst, then the measured burst once
 * per round; the report gives the median mails per second of the rounds, and checks that the server
 * received every mail.
 *
 * <pre>
 * ./mvnw -B -ntp -q install -DskipTests
 * ./mvnw -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.casekit.examples.MailThroughputBenchmark \
 *     -Dexec.args="--mails 2000 --threads 4 --rounds 3"
 * </pre>
 *
 * <p>Options: {@code --mails N} (per measured burst, default 2000), {@code --warmup W} (default 300),
 * {@code --threads T} (the parallel configurations' threads and connections, default 4), {@code
 * --rounds R} (default 3). The numbers measure the notifier and a local server on a quiet machine; a
 * real server across a network is slower per connection, which makes reuse count for more.
 *
 * <p>Exit code 0 if the server received every mail, 2 if not, 1 on any other error.
 */
public final class MailThroughputBenchmark {

    private MailThroughputBenchmark() {}

    /** One way of sending: a name, the notifier's settings, and how many threads deliver. */
    private record Configuration(String name, UnaryOperator<SmtpNotifier.Builder> settings, int threads) {}

    public static void main(String[] args) throws Exception {
        int mails = option(args, "--mails", 2000);
        int warmup = option(args, "--warmup", 300);
        int threads = option(args, "--threads", 4);
        int rounds = option(args, "--rounds", 3);
        List<Configuration> configurations = List.of(
                new Configuration("connection per mail, 1 thread", b -> b.maxConnections(1).maxMailsPerConnection(1), 1),
                new Configuration("reused connection, 1 thread", b -> b.maxConnections(1), 1),
                new Configuration("connection per mail, " + threads + " threads",
                        b -> b.maxConnections(threads).maxMailsPerConnection(1), threads),
                new Configuration("reused connections, " + threads + " threads", b -> b.maxConnections(threads), threads));

        System.out.printf("mail throughput: %d mails per burst, %d warm-up, %d rounds, %d cores, Java %s%n", mails, warmup, rounds,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("command: ... exec:java -Dexec.mainClass=%s -Dexec.args=\"%s\"%n", MailThroughputBenchmark.class.getName(),
                String.join(" ", args));
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        boolean complete = true;
        try {
            AtomicInteger ids = new AtomicInteger();
            for (Configuration configuration : configurations) {
                SmtpNotifier.Builder builder = SmtpNotifier.builder()
                        .host(server.getSmtp().getBindTo())
                        .port(server.getSmtp().getPort())
                        .security(SmtpSecurity.NONE)
                        .from("desk@casekit.test", "Casekit Desk");
                try (SmtpNotifier notifier = configuration.settings().apply(builder).build()) {
                    burst(notifier, configuration.threads(), warmup, ids);
                    List<Double> rates = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        int before = server.getReceivedMessages().length;
                        long start = System.nanoTime();
                        int delivered = burst(notifier, configuration.threads(), mails, ids);
                        double seconds = (System.nanoTime() - start) / 1e9;
                        int received = server.getReceivedMessages().length - before;
                        if (delivered != mails || received != mails) {
                            System.out.printf("  %s: round %d delivered %d and the server received %d of %d mails%n",
                                    configuration.name(), round + 1, delivered, received, mails);
                            complete = false;
                        }
                        rates.add(mails / seconds);
                    }
                    rates.sort(Double::compare);
                    System.out.printf("%-40s %8.0f mails/s (median of %d; min %.0f, max %.0f)%n", configuration.name(),
                            rates.get(rates.size() / 2), rounds, rates.get(0), rates.get(rates.size() - 1));
                }
                server.purgeEmailFromAllMailboxes();
            }
        } finally {
            server.stop();
        }
        System.exit(complete ? 0 : 2);
    }

    /** Sends {@code count} mails on {@code threads} threads; returns how many were delivered. */
    private static int burst(SmtpNotifier notifier, int threads, int count, AtomicInteger ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger left = new AtomicInteger(count);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    int delivered = 0;
                    while (left.getAndDecrement() > 0) {
                        int id = ids.incrementAndGet();
                        DeliveryOutcome outcome = notifier.deliver(message(id));
                        if (outcome instanceof DeliveryOutcome.Delivered) {
                            delivered++;
                        }
                    }
                    return delivered;
                }));
            }
            int delivered = 0;
            for (Future<Integer> result : results) {
                delivered += result.get();
            }
            return delivered;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Message message(int id) {
        Recipient recipient = new Recipient("contact-" + id, "Contact " + id, Channel.EMAIL, "contact-" + (id % 500) + "@acme.test",
                Locale.forLanguageTag("nl-BE"));
        return new Message("bench-" + id, recipient, "[CAS-05128-V6R0R8] Planned maintenance on Saturday",
                "Dear customer,\n\nour service desk is closed on Saturday from 08:00 to 12:00.\n", Optional.of("<p>Dear customer,</p>"),
                "CAS-05128-V6R0R8");
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                int value = Integer.parseInt(args[i + 1]);
                if (value < 1 && !name.equals("--warmup")) {
                    throw new IllegalArgumentException(name + " must be at least 1, was " + value);
                }
                return value;
            }
        }
        return fallback;
    }
}
