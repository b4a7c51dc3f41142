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
package io.casekit.core.cases;

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.event.DescriptionChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Formatted descriptions and comments: HTML from a portal's editor is sanitised before the case
 * keeps it, beside a plain-text rendering for search and mail; plain text stays as it is.
 */
class FormattedTextTest {

    private final Portal portal = new Portal("it-services");
    private final CaseService cases = portal.cases();

    private Case openWith(String html) {
        return cases.execute(ANNA, OpenCase.builder().title("VPN drops").descriptionHtml(html).caseType("Incident")
                .customField("expertiseDomain", "MWI").build());
    }

    @Test
    void aFormattedDescriptionIsSanitisedAndKeptBesideItsPlainText() {
        Case opened = openWith("<p>It <b>drops</b> every <i>five</i> minutes<script>alert(1)</script>"
                + "<img src=x onerror=alert(2)></p><ul><li>Wi-Fi</li><li>cable</li></ul>");

        assertThat(opened.descriptionHtml()).hasValueSatisfying(html -> assertThat(html)
                .contains("<b>drops</b>", "<i>five</i>", "<li>Wi-Fi</li>")
                .doesNotContain("script", "onerror", "alert"));
        assertThat(opened.description()).contains("It drops every five minutes").contains("- Wi-Fi").doesNotContain("<");
        assertThat(portal.store.find(opened.id())).contains(opened);
    }

    @Test
    void aFormattedCommentKeepsItsHtmlAndAPlainBodyForMail() {
        Case opened = openWith("<p>x</p>");

        cases.execute(ALICE, AddComment.html(opened.id(), "Try <a href=\"javascript:alert(1)\">this</a> and "
                + "<a href=\"https://support.example/vpn\">the guide</a>", Visibility.PUBLIC));

        CommentAdded comment = cases.timeline(ANNA, opened.id()).stream().filter(CommentAdded.class::isInstance)
                .map(CommentAdded.class::cast).findFirst().orElseThrow();
        assertThat(comment.html()).hasValueSatisfying(html -> assertThat(html)
                .contains("href=\"https://support.example/vpn\"").doesNotContain("javascript"));
        assertThat(comment.body()).contains("the guide (https://support.example/vpn)").doesNotContain("<a");
    }

    @Test
    void aPlainCommentAndDescriptionStayAsTheyAre() {
        Case opened = cases.execute(ANNA, OpenCase.builder().title("t").description("a < b & c").caseType("Incident")
                .customField("expertiseDomain", "MWI").build());
        cases.execute(ANNA, new AddComment(opened.id(), "<b>not html</b>", Visibility.PUBLIC));

        assertThat(opened.description()).isEqualTo("a < b & c");
        assertThat(opened.descriptionHtml()).isEmpty();
        assertThat(cases.timeline(ANNA, opened.id())).filteredOn(CommentAdded.class::isInstance).map(CommentAdded.class::cast)
                .singleElement().satisfies(c -> {
                    assertThat(c.body()).isEqualTo("<b>not html</b>");
                    assertThat(c.html()).isEmpty();
                });
    }

    @Test
    void changingTheDescriptionToFormattedTextRecordsBoth() {
        Case opened = openWith("<p>old</p>");

        Case changed = cases.execute(ALICE, ChangeDescription.html(opened.id(), "<p><u>new</u> text</p>"));
        Case again = cases.execute(ALICE, ChangeDescription.html(opened.id(), "<p><u>new</u> text</p>"));

        assertThat(changed.descriptionHtml()).hasValueSatisfying(html -> assertThat(html).contains("<u>new</u>"));
        assertThat(changed.description()).isEqualTo("new text");
        assertThat(again.version()).as("the same text again changes nothing").isEqualTo(changed.version());
        assertThat(cases.timeline(ALICE, opened.id())).filteredOn(DescriptionChanged.class::isInstance)
                .map(DescriptionChanged.class::cast).singleElement()
                .satisfies(e -> assertThat(e.toHtml()).isEqualTo(changed.descriptionHtml()));
    }

    @Test
    void htmlWithNothingLeftAfterSanitisingIsRefusedByNameAndNothingIsStored() {
        Case opened = openWith("<p>x</p>");

        assertThatThrownBy(() -> openWith("<script>alert(1)</script><img src=x onerror=alert(1)>"))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("description")));
        assertThatThrownBy(() -> cases.execute(ANNA, AddComment.html(opened.id(), "<svg onload=alert(1)>", Visibility.PUBLIC)))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("body")));
        assertThat(portal.store.find(opened.id())).contains(opened);
        assertThat(portal.store.size()).isEqualTo(1);
    }
}
