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

import io.casekit.examples.portal.load.PortalSession.Page;
import io.casekit.examples.portal.load.PortalSession.PageException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in person's journey, repeated in rounds without think time until its deadline: each
 * round is the pages a person goes through, in order, each page's links and forms taken from the
 * page before (a case number from a list, a CSRF token from the case page). A round that fails
 * ends there (its error is counted) and the next one starts.
 *
 * <p>Every round starts with the floor: {@code GET /portal.css}, and every fifth round also {@code
 * GET /sign-in}. A form's answer is followed as a browser follows it: the redirect, then the page it
 * leads to, which must say "saved" ({@code class="done"}); a refusal shown there instead is an error
 * of the form's kind, except a concurrent change of the case, after which the form is sent once more
 * from the reloaded page, as the refusal asks.
 */
abstract class Journey implements Runnable {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/case/([A-Za-z0-9-]+)\"");
    private static final Pattern ALERT = Pattern.compile("role=\"alert\">([^<]*)<");

    /** The person's browser. */
    protected final PortalSession session;
    /** This journey's own random choices, seeded by the person for repeatable runs. */
    protected final Random random;
    private final long deadline;

    /**
     * @param session the signed-in person's browser
     * @param deadline {@link System#nanoTime()} after which no round starts
     */
    Journey(PortalSession session, long deadline) {
        this.session = session;
        this.deadline = deadline;
        this.random = new Random(session.name().hashCode());
    }

    @Override
    public final void run() {
        int round = 0;
        while (System.nanoTime() < deadline) {
            try {
                session.get(PageKind.FLOOR_CSS, "/portal.css", "{");
                if (round % 5 == 0) {
                    session.get(PageKind.FLOOR_SIGN_IN, "/sign-in", "name=\"email\"");
                }
                round(round);
            } catch (PageException e) {
                // counted by the session; the next round starts afresh
            } catch (RuntimeException e) {
                session.fail(PageKind.FLOOR_CSS, "journey failed: " + e);
            }
            round++;
        }
    }

    /**
     * One round of the journey, after the floor's requests.
     *
     * @param round the round's number, from 0
     */
    protected abstract void round(int round);

    /**
     * Sends a form of a case page, follows its redirect to the page it leads to, and checks that the
     * page says it saved. If Casekit refused it because someone else changed the case meanwhile
     * ("modified concurrently; reload the case and retry"), does what the page says once: reloads
     * the case page and sends the form again from it (counted as a retry, not an error).
     *
     * @param form what the form is
     * @param page what the case page is
     * @param casePage the case page's path
     * @param first the case page the form is on
     * @param post sends the form from a case page, answering where it redirected to
     * @param expected what the case page must show besides "saved"
     */
    protected void submit(PageKind form, PageKind page, String casePage, Page first, Function<Page, URI> post, String expected) {
        Page from = first;
        for (int attempt = 1; ; attempt++) {
            Page after = session.get(page, pathOf(post.apply(from)), expected);
            if (after.body().contains("class=\"done\"")) {
                return;
            }
            Matcher alert = ALERT.matcher(after.body());
            String says = alert.find() ? alert.group(1).strip() : "(nothing)";
            if (attempt > 1 || !says.contains("modified concurrently")) {
                throw session.fail(form, "not saved" + (attempt > 1 ? " on the second attempt" : "") + ", the page says: " + says);
            }
            session.retried(form);
            from = session.get(page, casePage, expected);
        }
    }

    /**
     * @param target an address of the portal
     * @return its path and query
     */
    protected static String pathOf(URI target) {
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    /**
     * @param pages pages with case lists
     * @return the numbers of the cases they link to
     */
    protected static List<String> caseNumbers(Page... pages) {
        List<String> numbers = new ArrayList<>();
        for (Page page : pages) {
            Matcher m = CASE_LINK.matcher(page.body());
            while (m.find()) {
                numbers.add(m.group(1));
            }
        }
        return numbers;
    }

    /**
     * @param <T> the kind of element
     * @param values a non-empty list
     * @return one of them, at random
     */
    protected <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * @param value a query parameter's value
     * @return it, URL-encoded
     */
    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
