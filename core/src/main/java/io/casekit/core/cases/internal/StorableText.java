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
package io.casekit.core.cases.internal;

import io.casekit.core.change.internal.Violations;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses text that a store cannot keep as it is, in every string a command carries, whatever the
 * field: NUL (PostgreSQL refuses it) and unpaired surrogates (stored as {@code ?}, so that the case
 * read back would differ from the one returned). Checked once, in the engine, for every store
 * alike; each offending field is named by its path ({@code owner.id}, {@code customFields[x]}).
 * Stateless; thread-safe.
 */
final class StorableText {

    private static final int MAX_DEPTH = 6;

    /** Each record type's components, read once: reflection on records is slow to ask, fast to reuse. */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            return Arrays.stream(type.getRecordComponents()).map(c -> new Component(c.getName(), unreflect(lookup, c.getAccessor())))
                    .toList();
        }
    };

    private record Component(String name, MethodHandle accessor) {}

    private static MethodHandle unreflect(MethodHandles.Lookup lookup, Method accessor) {
        try {
            return lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Record.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private StorableText() {}

    /** Adds a violation for each string in the command that no store keeps as it is, unless its field has one already. */
    static void check(Record command, Violations violations) {
        visit(command, "", violations, 0);
    }

    /** Whether every character can be stored as it is. */
    static boolean isStorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void visit(Object value, String path, Violations violations, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!isStorable(text) && !violations.has(path)) {
                violations.add(path, "StorableText", "must not contain NUL characters or unpaired surrogates");
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> visit(v, path, violations, depth + 1));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(list.get(i), path + "[" + i + "]", violations, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                String at = path + "[" + (key instanceof CharSequence k && isStorable(k) ? k : "?") + "]";
                visit(key, at, violations, depth + 1);
                visit(v, at, violations, depth + 1);
            });
        } else if (value instanceof Record record) {
            for (Component component : COMPONENTS.get(record.getClass())) {
                visit(read(component, record), path.isEmpty() ? component.name() : path + "." + component.name(), violations,
                        depth + 1);
            }
        }
    }

    private static Object read(Component component, Record record) {
        try {
            return component.accessor().invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component.name() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
