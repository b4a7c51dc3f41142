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
package io.casekit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.notifications.smtp.SmtpNotifier;
import io.casekit.spi.notify.Notifier;
import io.casekit.spring.boot.internal.SmtpSettings;
import java.time.Clock;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Mail: the {@link SmtpNotifier} from {@code casekit.mail.*}, each unset value taken from Spring's
 * {@code spring.mail.*}, when either names a host. Backs off when the application defines its own
 * {@link Notifier}, or with {@code casekit.mail.enabled=false}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration
@ConditionalOnClass(SmtpNotifier.class)
@ConditionalOnBooleanProperty(name = "casekit.mail.enabled", matchIfMissing = true)
@Conditional(CasekitMailAutoConfiguration.HostConfigured.class)
@EnableConfigurationProperties(CasekitProperties.class)
public class CasekitMailAutoConfiguration {

    /** Made by Spring. */
    public CasekitMailAutoConfiguration() {}

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Notifier.class)
    SmtpNotifier casekitNotifier(CasekitProperties properties, Environment environment, ObjectProvider<Clock> clock) {
        return new SmtpSettings(properties.getMail(), environment).notifier(clock.getIfAvailable(Clock::systemUTC));
    }

    /** Either {@code casekit.mail.host} or {@code spring.mail.host} is set. */
    static final class HostConfigured extends AnyNestedCondition {

        HostConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("casekit.mail.host")
        static final class CasekitHost {}

        @ConditionalOnProperty("spring.mail.host")
        static final class SpringHost {}
    }
}
