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

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath a benchmark's forked JVM needs: the one a class was loaded from. Under {@code
 * exec:java} that is the plug-in's class loader (Maven's own {@code java.class.path} would not do);
 * under {@code java -cp} or Surefire, {@code java.class.path}.
 */
public final class ForkClasspath {

    private ForkClasspath() {}

    /** The classpath entries {@code type} was loaded from. */
    public static List<String> of(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader instanceof URLClassLoader urls && loader != ClassLoader.getSystemClassLoader() && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Paths.get(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("cannot turn " + url + " into a classpath entry", e);
                }
            }
            return entries;
        }
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
