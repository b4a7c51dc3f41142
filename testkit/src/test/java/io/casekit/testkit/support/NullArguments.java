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
package io.casekit.testkit.support;

import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Calls every public constructor and public static factory of a type with {@code null} (and, for
 * text, a blank) in one parameter at a time, the others given sample values, and lists each call
 * that threw without naming that parameter in its message. A call that does not throw is fine: the
 * value is then checked later, by validation that names the field. For the tests of every module that
 * has convenience constructors.
 */
public final class NullArguments {

    private final Map<Class<?>, Supplier<?>> samples = new HashMap<>();

    /** A checker that knows how to make the JDK's and the SPI's common values. */
    public NullArguments() {
        sample(String.class, () -> "x");
        sample(CaseId.class, () -> CaseId.of("case-1"));
        sample(Owner.class, () -> Owner.agent("alice"));
        sample(Instant.class, () -> Instant.parse("2026-03-02T08:00:00Z"));
        sample(Optional.class, Optional::empty);
        sample(List.class, List::of);
        sample(Collection.class, List::of);
        sample(Set.class, Set::of);
        sample(Map.class, Map::of);
    }

    private final Map<String, String> aliases = new HashMap<>();

    /** Accepts a message naming {@code field} for a parameter named {@code parameter} (the field it becomes). */
    public NullArguments alias(String parameter, String field) {
        aliases.put(parameter, field);
        return this;
    }

    /** Makes parameters of {@code type} from {@code sample}. */
    public <T> NullArguments sample(Class<T> type, Supplier<? extends T> sample) {
        samples.put(type, sample);
        return this;
    }

    /** What is wrong, one line per call that threw without naming its null or blank parameter. */
    public List<String> problems(Class<?>... types) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : types) {
            for (Constructor<?> c : type.getConstructors()) {
                check(c, problems);
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type && m.getReturnType() == type) {
                    check(m, problems);
                }
            }
        }
        return problems;
    }

    /**
     * As {@link #problems}, for the setters of a builder: every public method of the builder's class
     * that returns the builder, each called on a fresh builder from {@code builders}.
     */
    public List<String> builderProblems(Supplier<?> builders) {
        List<String> problems = new ArrayList<>();
        Class<?> type = builders.get().getClass();
        for (Method m : type.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type && m.getParameterCount() > 0) {
                this.builders = builders;
                check(m, problems);
            }
        }
        return problems;
    }

    private Supplier<?> builders = () -> null;

    private void check(Executable e, List<String> problems) {
        Parameter[] parameters = e.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getType().isPrimitive()) {
                continue;
            }
            tryWith(e, i, null, "null", problems);
            if (parameters[i].getType() == String.class) {
                tryWith(e, i, " ", "blank", problems);
            }
        }
    }

    private void tryWith(Executable e, int at, Object value, String what, List<String> problems) {
        Parameter[] parameters = e.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = i == at ? value : sampleOf(parameters[i].getType());
        }
        // a builder's setter names the field it sets (its own name), not its parameter
        String name = e instanceof Method m && !Modifier.isStatic(m.getModifiers()) && parameters.length == 1 ? m.getName()
                : parameters[at].getName();
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                Method m = (Method) e;
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : builders.get(), args);
            }
        } catch (InvocationTargetException thrown) {
            String message = thrown.getCause().getMessage();
            if (message == null || !(message.contains(name) || message.contains(aliases.getOrDefault(name, name)))) {
                problems.add(e + " with " + what + " " + name + " threw " + thrown.getCause() + ", not naming " + name);
            }
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    private Object sampleOf(Class<?> type) {
        if (type.isPrimitive()) {
            if (type == boolean.class) {
                return Boolean.TRUE;
            }
            if (type == long.class) {
                return Long.valueOf(1);
            }
            return Integer.valueOf(1);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        Supplier<?> sample = samples.get(type);
        if (sample == null) {
            throw new AssertionError("no sample of " + type.getName() + ": give one with sample(...)");
        }
        return sample.get();
    }
}
