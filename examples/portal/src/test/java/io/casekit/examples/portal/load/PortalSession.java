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

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser: an {@link HttpClient} with its own cookie store (so its own session), that
 * never follows redirects by itself (the journeys check where a form leads), with time-outs on
 * connecting and on every request. Every request is timed and recorded in the current {@link
 * Measurements} under its {@link PageKind}; a failure (an exception, a time-out, a status outside
 * 2xx/3xx) is counted there as an error and thrown as {@link PageException}, so that the journey
 * starts its next round.
 *
 * <p>Forms are sent as a browser sends them: with the {@code _csrf} token of the page that holds
 * the form, form-encoded or multipart as the form's {@code enctype} says. Not thread-safe: one
 * journey thread per session.
 */
final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final String name;
    private final HttpClient client;
    private final Duration timeout;
    private volatile Measurements measurements;

    /**
     * @param base the portal's address, such as {@code http://127.0.0.1:40123}
     * @param name who uses the session, for error messages
     * @param timeout how long one request may take at most
     * @param measurements where the requests are recorded
     */
    PortalSession(URI base, String name, Duration timeout, Measurements measurements) {
        this.base = base;
        this.name = name;
        this.timeout = timeout;
        this.measurements = measurements;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .build();
    }

    /** @param value where the following requests are recorded (the warm-up's, the run's) */
    void measureInto(Measurements value) {
        measurements = value;
    }

    /** @param kind a form sent again after a concurrent change of its case */
    void retried(PageKind kind) {
        measurements.retry(kind);
    }

    /** {@return who uses the session} */
    String name() {
        return name;
    }

    /**
     * @param kind what is measured
     * @param path the path and query
     * @return the page, with status 200
     * @throws PageException if the request fails or does not answer 200
     */
    Page get(PageKind kind, String path) {
        Page page = send(kind, HttpRequest.newBuilder(resolve(path)).GET());
        if (page.status() != 200) {
            throw fail(kind, "GET " + path + " answered " + page.status());
        }
        return page;
    }

    /**
     * Gets a page and checks that it shows a text (an element's id, a class).
     *
     * @param kind what is measured
     * @param path the path and query
     * @param expected what the page must contain
     * @return the page
     * @throws PageException if it fails or lacks the text
     */
    Page get(PageKind kind, String path, String expected) {
        Page page = get(kind, path);
        expect(kind, page, expected, "GET " + path);
        return page;
    }

    /**
     * Posts a form-encoded form with the page's CSRF token.
     *
     * @param kind what is measured
     * @param path the form's action
     * @param form the page that holds the form, for its CSRF token
     * @param fields the fields
     * @return the redirect's target
     * @throws PageException if it fails or does not redirect
     */
    URI postForm(PageKind kind, String path, Page form, Map<String, String> fields) {
        Map<String, String> all = withCsrf(kind, form, fields);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return redirect(kind, path, HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Posts a {@code multipart/form-data} form without files (as a browser does when no file is
     * chosen, less the empty file part) with the page's CSRF token.
     *
     * @param kind what is measured
     * @param path the form's action
     * @param form the page that holds the form, for its CSRF token
     * @param fields the fields
     * @return the redirect's target
     * @throws PageException if it fails or does not redirect
     */
    URI postMultipart(PageKind kind, String path, Page form, Map<String, String> fields) {
        String boundary = "----casekit-load-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        withCsrf(kind, form, fields).forEach((field, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return redirect(kind, path, HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /**
     * Downloads a file, reading it to its end without keeping it, in at most five minutes.
     *
     * @param kind what is measured
     * @param path the path and query
     * @return how many bytes it had
     * @throws PageException if it fails or does not answer 200
     */
    long download(PageKind kind, String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(resolve(path)).timeout(DOWNLOAD_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream in = response.body()) {
                bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            measurements.record(kind, System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw fail(kind, "GET " + path + " answered " + response.statusCode());
            }
            return bytes;
        } catch (IOException e) {
            throw fail(kind, "GET " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(kind, "interrupted");
        }
    }

    /**
     * Checks that a page shows a text, counting an error if not.
     *
     * @param kind what is measured
     * @param page the page
     * @param expected the text
     * @param what the request, for the message
     * @throws PageException if the text is missing
     */
    void expect(PageKind kind, Page page, String expected, String what) {
        if (!page.body().contains(expected)) {
            throw fail(kind, what + " lacks " + expected);
        }
    }

    /**
     * Counts an error and makes the exception that ends the journey's round.
     *
     * @param kind what was asked
     * @param message what went wrong
     * @return the exception to throw
     */
    PageException fail(PageKind kind, String message) {
        measurements.error(kind, name + ": " + message);
        return new PageException(message);
    }

    private Map<String, String> withCsrf(PageKind kind, Page form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", form.csrf().orElseThrow(() -> fail(kind, "no CSRF token on " + form.uri())));
        return all;
    }

    private URI redirect(PageKind kind, String path, HttpRequest.Builder request) {
        Page page = send(kind, request);
        Optional<String> location = page.location();
        if (page.status() / 100 != 3 || location.isEmpty()) {
            throw fail(kind, "POST " + path + " answered " + page.status() + " instead of a redirect");
        }
        return page.uri().resolve(location.get());
    }

    private Page send(PageKind kind, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(timeout).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            measurements.record(kind, System.nanoTime() - start);
            if (response.statusCode() / 100 != 2 && response.statusCode() / 100 != 3) {
                throw fail(kind, built.method() + " " + built.uri().getPath() + " answered " + response.statusCode());
            }
            return new Page(built.uri(), response.statusCode(), response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw fail(kind, built.method() + " " + built.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(kind, "interrupted");
        }
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }

    /**
     * An answer of the portal.
     *
     * @param uri what was asked
     * @param status the HTTP status
     * @param location the redirect's target, if any
     * @param body the page
     */
    record Page(URI uri, int status, Optional<String> location, String body) {

        /** {@return the CSRF token of the page's forms, if it has a form} */
        Optional<String> csrf() {
            Matcher matcher = CSRF.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    /** Ends a journey's round after a failure that {@link Measurements} counted already. */
    static final class PageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** @param message what went wrong */
        PageException(String message) {
            super(message, null, false, false);
        }
    }
}
