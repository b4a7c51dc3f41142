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
package io.casekit.persistence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what the store asks of the database: statements executed (a batch is
 * one), explicit commits and rollbacks, and transactions (an explicit commit, or a statement
 * executed in auto-commit mode). Thread-safe counters; {@link #reset()} between measurements.
 */
final class CountingDataSource {

    /** What one operation cost. */
    record Counts(int statements, int commits, int rollbacks, int transactions) {
        @Override
        public String toString() {
            return statements + " statement(s), " + transactions + " transaction(s) (" + commits + " explicit commit(s)), "
                    + rollbacks + " rollback(s)";
        }
    }

    private final DataSource target;
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private final AtomicInteger autoCommitted = new AtomicInteger();
    private final java.util.Queue<String> prepared = new java.util.concurrent.ConcurrentLinkedQueue<>();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** The counting data source. */
    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** The counts since the last reset, and a reset. */
    Counts take() {
        Counts counts = new Counts(statements.getAndSet(0), commits.getAndSet(0), rollbacks.getAndSet(0), 0);
        return new Counts(counts.statements(), counts.commits(), counts.rollbacks(), counts.commits() + autoCommitted.getAndSet(0));
    }

    /** Forgets the counts and statements so far. */
    void reset() {
        take();
        prepared.clear();
    }

    /** The SQL of the statements prepared since the last call (or reset), in order. */
    java.util.List<String> takeSql() {
        java.util.List<String> sql = new java.util.ArrayList<>();
        for (String s = prepared.poll(); s != null; s = prepared.poll()) {
            sql.add(s);
        }
        return sql;
    }

    private Connection connection(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "commit" -> commits.incrementAndGet();
                case "prepareStatement" -> prepared.add((String) args[0]);
                case "rollback" -> {
                    if (args == null) {
                        rollbacks.incrementAndGet();
                    }
                }
                default -> { }
            }
            Object result = invoke(c, method, args);
            if (result instanceof Statement s) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, statement(s, c));
            }
            return result;
        });
    }

    private InvocationHandler statement(Statement s, Connection c) {
        return (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                statements.incrementAndGet();
                if (c.getAutoCommit()) {
                    autoCommitted.incrementAndGet();
                }
            }
            return invoke(s, method, args);
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
