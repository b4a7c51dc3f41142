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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a real data source so that a test can break the connection at one chosen point: no
 * connection at all, a failing statement, something done to the real connection just before or
 * after the commit (close it, kill its server process). The commit is {@code commit()} in a manual
 * transaction, or, on a connection in auto-commit mode, the execution of the statement that writes
 * the events (which commits by itself). Everything else goes to the real database. Records the
 * auto-commit switches the store makes. Configure it before use; not thread-safe.
 */
final class FaultyDataSource {

    /** Something done to the real connection at a point of the transaction. */
    interface ConnectionAction {
        void run(Connection real) throws SQLException;
    }

    private final DataSource target;

    /** If set, {@code getConnection()} throws it. */
    @Nullable SQLException failGetConnection;

    /** If set, executing a statement whose SQL contains this text throws {@link #statementFailure}. */
    @Nullable String failStatementContaining;

    /** What a failing statement throws. */
    SQLException statementFailure = new SQLException("injected: connection reset by peer", "08006");

    /** If set, runs on the real connection when the store commits, before the commit. */
    @Nullable ConnectionAction beforeCommit;

    /** If set, runs on the real connection after a commit that succeeded, before the commit returns to the store. */
    @Nullable ConnectionAction afterCommit;

    /** Every {@code setAutoCommit} value the store set, in order. */
    final List<Boolean> autoCommitCalls = new CopyOnWriteArrayList<>();

    FaultyDataSource(DataSource target) {
        this.target = target;
    }

    /** The data source to hand to the store. */
    DataSource dataSource() {
        return proxy(DataSource.class, (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                if (failGetConnection != null) {
                    throw failGetConnection;
                }
                return connection((Connection) invoke(target, method, args));
            }
            return invoke(target, method, args);
        });
    }

    private Connection connection(Connection real) throws SQLException {
        boolean[] autoCommit = {real.getAutoCommit()};
        return proxy(Connection.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    autoCommitCalls.add((Boolean) args[0]);
                    autoCommit[0] = (Boolean) args[0];
                }
                case "prepareStatement" -> {
                    PreparedStatement statement = (PreparedStatement) invoke(real, method, args);
                    String sql = (String) args[0];
                    if (failStatementContaining != null && sql.contains(failStatementContaining)) {
                        return failing(statement);
                    }
                    return sql.contains("INSERT INTO casekit_event") ? committingWhenAutoCommit(statement, real, autoCommit) : statement;
                }
                case "commit" -> {
                    if (beforeCommit != null) {
                        beforeCommit.run(real);
                    }
                    real.commit();
                    if (afterCommit != null) {
                        afterCommit.run(real);
                    }
                    return null;
                }
                default -> {
                    // delegate below
                }
            }
            return invoke(real, method, args);
        });
    }

    /** The event-writing statement: on an auto-commit connection, executing it is the commit. */
    private PreparedStatement committingWhenAutoCommit(PreparedStatement statement, Connection real, boolean[] autoCommit) {
        return proxy(PreparedStatement.class, (proxy, method, args) -> {
            if (!method.getName().startsWith("execute") || !autoCommit[0]) {
                return invoke(statement, method, args);
            }
            if (beforeCommit != null) {
                beforeCommit.run(real);
            }
            Object result = invoke(statement, method, args);
            if (afterCommit != null) {
                afterCommit.run(real);
            }
            return result;
        });
    }

    private PreparedStatement failing(PreparedStatement real) {
        return proxy(PreparedStatement.class, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                throw statementFailure;
            }
            return invoke(real, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(FaultyDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
