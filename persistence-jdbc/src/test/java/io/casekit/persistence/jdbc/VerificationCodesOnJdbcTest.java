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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.access.AccessRefusedException;
import io.casekit.core.access.VerificationCodes;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.testkit.notify.RecordingNotifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue #15: verification codes on the JDBC store work as in memory, and no table holds a code. */
class VerificationCodesOnJdbcTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    @ParameterizedTest
    @EnumSource(value = FreshDatabases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aCodeIsAcceptedOnceAndNoColumnOfAnyTableHoldsIt(FreshDatabases.Kind kind) throws SQLException {
        DataSource dataSource = databases.fresh(kind, true);
        RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
        VerificationCodes codes = Casekit.builder()
                .store(JdbcCaseStore.builder(dataSource).migrate(true).build())
                .identity(new InMemoryDirectory().add(new Customer("ACME", "Acme", Optional.empty()))
                        .add(Actor.contact("jan", "Jan", "ACME").email("jan@acme.example").build()))
                .notifier(notifier)
                .definition(Presets.load("it-services"))
                .build()
                .verificationCodes();

        codes.request("jan", "login");
        Matcher found = Pattern.compile("\\b(\\d{6})\\b").matcher(notifier.deliveredTo("jan@acme.example").get(0).text());
        assertThat(found.find()).isTrue();
        String code = found.group(1);

        assertThat(everyTextIn(dataSource)).isNotEmpty().noneMatch(text -> text.contains(code));
        codes.verify("jan", "login", code);
        assertThatThrownBy(() -> codes.verify("jan", "login", code)).isInstanceOfSatisfying(AccessRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccessRefusedException.Reason.USED));
    }

    /** Every value of every column of Casekit's tables, as text. */
    private static List<String> everyTextIn(DataSource dataSource) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("casekit_")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).anyMatch(t -> t.equalsIgnoreCase("casekit_verification_code"));
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) { // names from the database's own catalogue
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            if (value != null) {
                                texts.add(value);
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }
}
