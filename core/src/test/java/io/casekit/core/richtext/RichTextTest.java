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
package io.casekit.core.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    private static final String REL = " rel=\"nofollow noopener noreferrer\"";

    // ---- cross-site scripting ----

    /** The classics of the OWASP XSS filter evasion cheat sheet and friends: nothing active survives. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
            "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<scr<script>ipt>alert(1)</script>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\" onload=\"alert(2)\">",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<p onclick=\"alert(1)\" class=\"x\" id=\"y\">p</p>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">click</a>",
            "<a href=\"jAvAsCrIpT&colon;alert(1)\">click</a>",
            "<a href=\"java&#x09;script:alert(1)\">click</a>",
            "<a href=\"java\nscript:alert(1)\">click</a>",
            "<a href=\"java\rscript:alert(1)\">click</a>",
            "<a href=\"  javascript:alert(1)\">click</a>",
            "<a href=\"&#106;avascript:alert(1)\">click</a>",
            "<a href=\"javascript&#58;alert(1)\">click</a>",
            "<a href=\"vbscript:msgbox('XSS')\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\" style=\"position:fixed;top:0\">ok</a>",
            "<svg onload=alert(1)>",
            "<svg/onload=alert('XSS')>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
            "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=http://xss.rocks/scriptlet.html <",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<style>*{x:expression(alert(1))}</style>",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<p style=\"width: expression(alert(1))\">styled</p>",
            "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<base href=\"https://evil.example/\"><a href=\"https://ok.example\">ok</a>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<form action=\"javascript:alert(1)\"><input type=submit><button formaction=\"javascript:alert(2)\">x</button></form>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<IMG DYNSRC=\"javascript:alert('XSS')\">",
            "<BR SIZE=\"&{alert('XSS')}\">",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\">",
            "<audio src=x onerror=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<isindex action=javascript:alert(1) type=image>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<textarea><script>alert(1)</script></textarea>",
            "<template><script>alert(1)</script></template>",
            "<a href=\"https://ok.example\" target=\"_blank\" rel=\"opener\">ok</a>",
    })
    void commonXssPayloadsLeaveNothingActive(String payload) {
        RichText text = RichText.fromHtml(payload);

        SafeHtml.assertSafe(text.html());
        assertThat(RichText.fromHtml(text.html())).as("sanitising again").isEqualTo(text);
    }

    @Test
    void scriptsAndStylesLoseTheirContentOtherElementsKeepTheirText() {
        assertThat(RichText.fromHtml("<script>alert(1)</script>before<style>p{}</style> <div>kept</div> <span>too</span>").html())
                .isEqualTo("before kept too");
    }

    @Test
    void aLinkWithAForbiddenSchemeKeepsItsTextOnly() {
        assertThat(RichText.fromHtml("see <a href=\"javascript:alert(1)\">the docs</a>").html()).isEqualTo("see the docs");
        assertThat(RichText.fromHtml("<a href=\"/cases/123\">relative</a>").html()).isEqualTo("relative");
    }

    @Test
    void plainHttpImagesAndSvgImagesAreDropped() {
        assertThat(RichText.fromHtml("<img src=\"http://insecure.example/a.png\">").html()).isEmpty();
        assertThat(RichText.fromHtml("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">").html()).isEmpty();
        assertThat(RichText.fromHtml("<img src=\"data:image/png,notbase64\">").html()).isEmpty();
    }

    @Test
    void anImageWhoseSourceIsRefusedIsDroppedWithItsAltText() {
        assertThat(RichText.fromHtml("<img alt=\"shot\" src=\"javascript:alert(1)\">").html()).isEmpty();
        assertThat(RichText.fromHtml("<img alt=\"shot\" src=\"https://cdn.example/a.png\">").plainText()).isEqualTo("[image: shot]");
    }

    @Test
    void strayListItemsAreNestedTheSameWayWhenSanitisedAgain() {
        RichText text = RichText.fromHtml("<p>intro<li>stray item");

        assertThat(RichText.fromHtml(text.html())).isEqualTo(text);
        assertThat(text.plainText()).isEqualTo("intro\n\n- stray item");
    }

    // ---- what is kept ----

    @Test
    void formattingListsQuotesAndCodeAreKept() {
        String html = "<p><b>Bold</b> <i>italic</i> <u>underlined</u> <strong>strong</strong> <em>em</em> <code>x = 1</code></p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote><pre>pre</pre>";

        assertThat(SafeHtml.tags(RichText.fromHtml(html).html())).containsExactly(
                "p", "b", "/b", "i", "/i", "u", "/u", "strong", "/strong", "em", "/em", "code", "/code", "/p",
                "ul", "li", "/li", "/ul", "ol", "li", "/li", "/ol", "blockquote", "/blockquote", "pre", "/pre");
    }

    @Test
    void linksKeepHttpHttpsAndMailtoTargetsAndGetRelAdded() {
        RichText text = RichText.fromHtml("<a href=\"https://docs.example/vpn\">docs</a> <a href=\"http://old.example\">old</a> "
                + "<a href=\"mailto:help@example.com\">mail us</a>");

        assertThat(text.html()).isEqualTo("<a href=\"https://docs.example/vpn\"" + REL + ">docs</a> "
                + "<a href=\"http://old.example\"" + REL + ">old</a> "
                + "<a href=\"mailto:help&#64;example.com\"" + REL + ">mail us</a>");
    }

    @Test
    void imagesFromHttpsOrInlinePngJpegGifAreKept() {
        RichText text = RichText.fromHtml("<img src=\"https://cdn.example/shot.png\" alt=\"VPN error\" width=\"640\" height=\"480\" "
                + "style=\"x\"><img src=\"data:image/png;base64,iVBORw0KGgo=\"><img src=\"data:image/jpeg;base64,/9j/4AAQ\">");

        assertThat(text.html()).isEqualTo("<img src=\"https://cdn.example/shot.png\" alt=\"VPN error\" width=\"640\" height=\"480\" />"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo&#61;\" /><img src=\"data:image/jpeg;base64,/9j/4AAQ\" />");
        assertThat(text.plainText()).isEqualTo("[image: VPN error][image][image]");
        assertThat(text.isEmpty()).isFalse();
    }

    @Test
    void unbalancedMarkupIsClosed() {
        assertThat(RichText.fromHtml("<b>unclosed <i>tags").html()).isEqualTo("<b>unclosed <i>tags</i></b>");
    }

    // ---- plain text ----

    @Test
    void paragraphsBecomeBlankLineSeparatedAndWhiteSpaceCollapses() {
        RichText text = RichText.fromHtml("<p>The VPN   drops\n every <b>five</b> minutes.</p><p>Since&nbsp;the update.<br>Client 5.2.1</p>");

        assertThat(text.plainText()).isEqualTo("The VPN drops every five minutes.\n\nSince the update.\nClient 5.2.1");
    }

    @Test
    void listItemsAreDashedNumberedAndNested() {
        RichText text = RichText.fromHtml("<p>Steps:</p><ol><li>Open the client</li><li>Connect<ul><li>wait</li><li>retry</li></ul></li></ol>"
                + "<ul><li>done</li></ul>");

        assertThat(text.plainText()).isEqualTo("Steps:\n\n1. Open the client\n2. Connect\n  - wait\n  - retry\n\n- done");
    }

    @Test
    void paragraphsInsideListItemsAsEditorsWriteThemStayOnTheItemsLine() {
        RichText text = RichText.fromHtml("<p>Tried:</p><ul><li><p>restart</p></li><li><p>reinstall</p><p>twice</p></li></ul><p>No luck.</p>");

        assertThat(text.plainText()).isEqualTo("Tried:\n\n- restart\n- reinstall\ntwice\n\nNo luck.");
    }

    @Test
    void linksShowTheirTargetAfterTheirText() {
        RichText text = RichText.fromHtml("See <a href=\"https://docs.example/vpn?x=1&amp;y=2\">the guide</a>, "
                + "<a href=\"https://docs.example\">https://docs.example</a> or <a href=\"mailto:help@example.com\">help@example.com</a>.");

        assertThat(text.plainText()).isEqualTo("See the guide (https://docs.example/vpn?x=1&y=2), https://docs.example or help@example.com.");
    }

    @Test
    void quotationsArePrefixedAndPreformattedTextKeepsItsSpaces() {
        RichText text = RichText.fromHtml("<blockquote>You wrote:<br>it fails</blockquote><pre>  at Vpn.connect()\n    at Main</pre>Thanks");

        assertThat(text.plainText()).isEqualTo("> You wrote:\n> it fails\n\n  at Vpn.connect()\n    at Main\n\nThanks");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(RichText.fromHtml("&lt;b&gt; &amp; &eacute; &#169; &#x2713; &quot;q&quot;").plainText()).isEqualTo("<b> & é © ✓ \"q\"");
    }

    @Test
    void textWithNothingLeftIsEmpty() {
        assertThat(RichText.fromHtml("<script>alert(1)</script>").isEmpty()).isTrue();
        assertThat(RichText.fromHtml("   ").isEmpty()).isTrue();
        assertThat(RichText.empty().html()).isEmpty();
    }

    @Test
    void plainTextInputIsEscapedAndKeepsItsLineBreaks() {
        RichText text = RichText.fromPlainText("Line 1\r\nLine <script>alert(1)</script> & \"x\"\n\nRegards");

        assertThat(text.html()).isEqualTo("Line 1<br />Line &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34;<br /><br />Regards");
        assertThat(text.plainText()).isEqualTo("Line 1\nLine <script>alert(1)</script> & \"x\"\n\nRegards");
    }
}
