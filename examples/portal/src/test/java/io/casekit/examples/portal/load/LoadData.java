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

import io.casekit.core.Casekit;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.Resolve;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.notify.Dispatcher;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.demo.DemoCases;
import io.casekit.examples.portal.demo.DemoPeople;
import io.casekit.spi.CasekitException;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Owner;
import io.casekit.spring.boot.CasekitWorkers;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the load runs on: the demo's people plus enough contacts (spread evenly over the demo's
 * customers) and agents (in the demo agents' teams) for the load, and the store filled with cases
 * through Casekit's API, as {@code DemoCases} fills it.
 *
 * <p>Every case is opened by a contact of its customer, in turn over the customer's case types and
 * priorities; one in four is then assigned to the desk agent of the customer, and one in eight also
 * resolved, so that the counts and the desk's queue have more than one status. The mails the seeded
 * cases cause are marked as sent without sending them (the development mail server would otherwise
 * hold 100,000 mails and the dispatcher deliver them all through the run): the store looks as it
 * would after a long life, with its outbox delivered. Seeding commits with H2's default write delay
 * (the store's own setting, 0, comes back before the load runs).
 */
final class LoadData {

    private final ConfigurableApplicationContext context;
    private final Casekit casekit;
    private final InMemoryDirectory directory;
    private final DataSource dataSource;
    private final PrintStream out;

    /**
     * @param context the running portal
     * @param out where progress goes
     */
    LoadData(ConfigurableApplicationContext context, PrintStream out) {
        this.context = context;
        this.casekit = context.getBean(Casekit.class);
        this.directory = context.getBean(InMemoryDirectory.class);
        this.dataSource = context.getBean(DataSource.class);
        this.out = out;
    }

    /** {@return the words a search starts with: the first word of every title, with a {@code *}} */
    static List<String> searches() {
        return DemoCases.TITLES.stream().map(t -> t.substring(0, t.indexOf(' ')).toLowerCase(Locale.ROOT) + "*").toList();
    }

    /**
     * Adds contacts until there are {@code contacts} of them, spread evenly over the demo's customers
     * (every other one authorised), and agents until there are {@code agents}, in the demo agents'
     * teams in turn. They sign in with {@code <id>@<customer>.example} and {@code <id>@vendor.example}.
     *
     * @param contacts how many contacts the load needs
     * @param agents how many agents the load needs
     * @return every contact, then every agent
     */
    List<Actor> people(int contacts, int agents) {
        List<Actor> demo = DemoPeople.people();
        List<Customer> customers = DemoPeople.customers();
        List<Actor> contactList = new ArrayList<>(demo.stream().filter(a -> a.kind() == ActorKind.CONTACT).toList());
        List<Actor> demoAgents = demo.stream().filter(a -> a.kind() == ActorKind.AGENT).toList();
        List<Actor> agentList = new ArrayList<>(demoAgents);
        int n = 0;
        while (contactList.size() < contacts) {
            Customer customer = fewestContacts(customers, contactList);
            String id = "load-contact-" + (++n);
            Actor.Builder builder = Actor.contact(id, "Load Contact " + n, customer.id())
                    .email(id + "@" + customer.id().toLowerCase(Locale.ROOT) + ".example")
                    .language(Locale.ENGLISH);
            Actor contact = (n % 2 == 0 ? builder.authorised() : builder).build();
            directory.add(contact);
            contactList.add(contact);
        }
        n = 0;
        while (agentList.size() < agents) {
            Actor like = demoAgents.get(n % demoAgents.size());
            String id = "load-agent-" + (++n);
            Actor agent = Actor.agent(id, "Load Agent " + n).teams(like.teams().toArray(String[]::new))
                    .email(id + "@vendor.example").language(Locale.ENGLISH).build();
            directory.add(agent);
            agentList.add(agent);
        }
        List<Actor> all = new ArrayList<>(contactList.subList(0, contacts));
        all.addAll(agentList.subList(0, agents));
        return all;
    }

    private static Customer fewestContacts(List<Customer> customers, List<Actor> contacts) {
        Customer fewest = customers.get(0);
        long least = Long.MAX_VALUE;
        for (Customer customer : customers) {
            long count = contacts.stream().filter(c -> c.customerId().orElseThrow().equals(customer.id())).count();
            if (count < least) {
                least = count;
                fewest = customer;
            }
        }
        return fewest;
    }

    /**
     * Opens cases until the store holds {@code total}, on {@code threads} threads, with the mail
     * dispatcher stopped; then marks the seeded mails as sent and starts the dispatcher again.
     *
     * @param total how many cases the store should hold
     * @param contacts who opens them, in turn
     * @param threads how many threads open cases
     * @throws Exception if a thread fails
     */
    void seed(int total, List<Actor> contacts, int threads) throws Exception {
        int already = caseCount();
        int toAdd = Math.max(0, total - already);
        out.printf(Locale.ROOT, "seeding: %,d cases in the store, opening %,d more on %d threads%n", already, toAdd, threads);
        if (toAdd == 0) {
            return;
        }
        List<Dispatcher> dispatchers = context.getBeanProvider(CasekitWorkers.class).stream()
                .flatMap(w -> w.dispatcher().stream()).toList();
        dispatchers.forEach(Dispatcher::stop);
        long writeDelay = writeDelay(500);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < toAdd; i = next.getAndIncrement()) {
                        open(i, contacts.get(i % contacts.size()), refused);
                        if ((i + 1) % Math.max(1, toAdd / 10) == 0) {
                            double seconds = (System.nanoTime() - start) / 1e9;
                            out.printf(Locale.ROOT, "  %,9d cases, %,.0f cases/s%n", i + 1, (i + 1) / seconds);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "seeded %,d cases in %.1f s: %,.0f cases/s (%,d progress steps refused)%n", toAdd, seconds,
                toAdd / seconds, refused.get());
        writeDelay(writeDelay);
        int sent = markOutboxSent();
        out.printf(Locale.ROOT, "outbox: %,d seeded mails marked as sent%n", sent);
        dispatchers.forEach(Dispatcher::start);
    }

    private void open(int i, Actor contact, AtomicInteger refused) {
        CaseService cases = casekit.cases();
        String customer = contact.customerId().orElseThrow();
        WorkflowDefinition definition = casekit.definitionForNewCase(customer);
        CaseType type = definition.caseTypes().get(i % definition.caseTypes().size());
        String priority = type.priorities().get((i / DemoCases.TITLES.size()) % type.priorities().size());
        Case c = cases.execute(contact.id(), DemoCases.openCase(definition, type, priority, DemoCases.TITLES.get(i % DemoCases.TITLES.size())));
        if (i % 4 == 1 || i % 8 == 2) {
            String agent = DemoPeople.agentOf(customer);
            try {
                cases.execute(agent, new Assign(c.id(), new Owner.Agent(agent)));
                if (i % 8 == 2) {
                    cases.execute(agent, new Resolve(c.id(), "The configuration is restored; please check."));
                }
            } catch (CasekitException e) {
                refused.incrementAndGet();
            }
        }
    }

    /**
     * The new-case forms a contact of the customer fills in: one per case type, with its required
     * custom fields (the first allowed value, or a text), and no priority (the type's default).
     *
     * @param customer the customer
     * @return the forms' fields
     */
    List<Map<String, String>> newCaseForms(String customer) {
        WorkflowDefinition definition = casekit.definitionForNewCase(customer);
        List<Map<String, String>> forms = new ArrayList<>();
        for (CaseType type : definition.caseTypes()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("caseType", type.code());
            form.put("title", "Load test: the screen flickers");
            form.put("description", "Opened by the load driver.");
            DemoCases.requiredFields(definition, type).forEach((name, value) -> form.put("field." + name, value));
            forms.add(form);
        }
        return forms;
    }

    /**
     * @param customer the customer
     * @return the codes of the views its contacts' lists offer
     */
    List<String> views(String customer) {
        return casekit.definitionForNewCase(customer).views().stream().map(v -> v.code()).toList();
    }

    /**
     * {@return how many cases the store holds}
     *
     * @throws SQLException if the database fails
     */
    int caseCount() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM casekit_case")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Sets H2's {@code WRITE_DELAY}: the store sets it to 0 so that every commit is on disk when it
     * is acknowledged; seeding needs no such promise and runs with H2's default of 500 ms, and puts
     * the store's setting back before the load runs.
     *
     * @param millis the delay to set
     * @return the delay before
     */
    private long writeDelay(long millis) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long before;
            try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                before = rs.next() ? Long.parseLong(rs.getString(1).trim()) : 0;
            }
            s.execute("SET WRITE_DELAY " + millis);
            return before;
        }
    }

    private int markOutboxSent() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE casekit_outbox SET state = 'SENT' WHERE state = 'PENDING'");
        }
    }
}
