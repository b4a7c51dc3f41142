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
package io.casekit.notifications.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.identity.Channel;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder checks each value when it is given, and the combination when the notifier is built. */
class SmtpNotifierBuilderTest {

    private static SmtpNotifier.Builder minimal() {
        return SmtpNotifier.builder().host("smtp.example.test").security(SmtpSecurity.STARTTLS).from("desk@example.test");
    }

    @Test
    void hostSecurityAndFromAreEnough() {
        SmtpNotifier notifier = minimal().build();

        assertThat(notifier.channels()).containsExactly(Channel.EMAIL);
        assertThat(notifier.toString()).isEqualTo("SmtpNotifier[smtp.example.test:587, STARTTLS, from desk@example.test]");
    }

    @Test
    void thePortDefaultsToTheSecuritysPort() {
        assertThat(SmtpNotifier.builder().host("h").security(SmtpSecurity.NONE).from("a@example.test").build().toString()).contains("h:25,");
        assertThat(SmtpNotifier.builder().host("h").security(SmtpSecurity.TLS).from("a@example.test").build().toString()).contains("h:465,");
        assertThat(SmtpNotifier.builder().host("h").security(SmtpSecurity.TLS).port(2465).from("a@example.test").build().toString()).contains("h:2465,");
    }

    @Test
    void buildingDoesNotConnect() {
        // nothing listens on port 1 of this host; building must still work (a host may start while its mail server is down)
        assertThat(SmtpNotifier.builder().host("127.0.0.1").port(1).security(SmtpSecurity.NONE).from("a@example.test").build()).isNotNull();
    }

    @Test
    void requiredValuesAreNamed() {
        assertThatThrownBy(() -> SmtpNotifier.builder().security(SmtpSecurity.TLS).from("a@example.test").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> SmtpNotifier.builder().host("h").from("a@example.test").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("security");
        assertThatThrownBy(() -> SmtpNotifier.builder().host("h").security(SmtpSecurity.TLS).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from");
    }

    @Test
    void eachValueCanBeSetOnce() {
        assertThatThrownBy(() -> minimal().host("other")).isInstanceOf(IllegalStateException.class).hasMessage("host was already set");
        assertThatThrownBy(() -> minimal().security(SmtpSecurity.TLS)).isInstanceOf(IllegalStateException.class).hasMessage("security was already set");
        assertThatThrownBy(() -> minimal().from("b@example.test", "B")).isInstanceOf(IllegalStateException.class).hasMessage("from was already set");
        assertThatThrownBy(() -> minimal().credentials("u", "p").credentials("u", "q"))
                .isInstanceOf(IllegalStateException.class).hasMessage("credentials were already set");
        assertThatThrownBy(() -> minimal().readTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class).hasMessage("readTimeout was already set");
    }

    @Test
    void credentialsNeverTravelInClearText() {
        assertThatThrownBy(() -> SmtpNotifier.builder().host("h").security(SmtpSecurity.NONE).from("a@example.test").credentials("u", "p").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unencrypted").hasMessageNotContaining("p\"");
    }

    @Test
    void aSocketFactoryNeedsTls() {
        assertThatThrownBy(() -> SmtpNotifier.builder().host("h").security(SmtpSecurity.NONE).from("a@example.test")
                        .sslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("STARTTLS or TLS");
    }

    @Test
    void thePasswordIsNeverShown() {
        SmtpNotifier notifier = minimal().credentials("casekit", "hunter2-secret").build();

        assertThat(notifier.toString()).contains("authenticated").doesNotContain("hunter2-secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Desk\r\nBcc: attacker@evil.test", "Desk\nX: y", "Desk\r"})
    void aSenderNameWithALineBreakIsRefused(String name) {
        assertThatThrownBy(() -> SmtpNotifier.builder().from("desk@example.test", name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from display name").hasMessageContaining("CR or LF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk@example.test\r\nBcc: attacker@evil.test", "Desk <desk@example.test>", "desk", "desk@", "a b@example.test"})
    void aSenderOrReplyToThatIsNotABareAddressIsRefused(String address) {
        assertThatThrownBy(() -> SmtpNotifier.builder().from(address)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> SmtpNotifier.builder().replyTo(address)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replyTo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "smtp example.test", "smtp.example.test\r\n"})
    void aHostWithWhitespaceIsRefused(String host) {
        assertThatThrownBy(() -> SmtpNotifier.builder().host(host)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void aPortOutOfRangeIsRefused(int port) {
        assertThatThrownBy(() -> SmtpNotifier.builder().port(port)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    }

    @Test
    void timeoutsMustBePositiveAndFitInMilliseconds() {
        assertThatThrownBy(() -> SmtpNotifier.builder().connectTimeout(Duration.ZERO)).hasMessageContaining("connectTimeout must be positive");
        assertThatThrownBy(() -> SmtpNotifier.builder().readTimeout(Duration.ofSeconds(-1))).hasMessageContaining("readTimeout must be positive");
        assertThatThrownBy(() -> SmtpNotifier.builder().writeTimeout(Duration.ofNanos(10))).hasMessageContaining("writeTimeout must be at least 1 ms");
        assertThatThrownBy(() -> SmtpNotifier.builder().writeTimeout(Duration.ofDays(30))).hasMessageContaining("writeTimeout must be at most");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exa mple.test", ".example.test", "example..test", "example.test\r\n"})
    void aBadMessageIdDomainIsRefused(String domain) {
        assertThatThrownBy(() -> SmtpNotifier.builder().messageIdDomain(domain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageIdDomain");
    }

    @Test
    void credentialsNeedAUserAndAPassword() {
        assertThatThrownBy(() -> SmtpNotifier.builder().credentials(" ", "p")).hasMessageContaining("username");
        assertThatThrownBy(() -> SmtpNotifier.builder().credentials("u", "")).hasMessageContaining("password");
    }
}
