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
package io.casekit.testkit.access;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.casekit.spi.access.StoredCode;
import io.casekit.spi.access.VerificationCodeStore;
import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.internal.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's {@link VerificationCodeStore}: the latest code per actor and purpose,
 * hourly counts per actor, and changes by compare-and-set only, so that of racing checks on one code
 * at most one counts. A store's test subclasses it and makes a fresh, empty store whose {@link
 * CaseStore#verificationCodes()} is present:
 *
 * <pre>{@code
 * class MyCodesTest extends VerificationCodeStoreContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public abstract class VerificationCodeStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private VerificationCodeStore codes;

    /**
     * Makes a new, empty store that keeps verification codes; called before each test.
     *
     * @return the store under test, with no codes
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        CaseStore store = createStore();
        codes = store.verificationCodes().orElseThrow(() -> new AssertionError(
                "the store keeps no verification codes: " + store.getClass().getName() + ".verificationCodes() is empty"));
    }

    private static StoredCode code(String actor, String purpose, Instant issuedAt) {
        return new StoredCode(UUID.randomUUID().toString(), actor, purpose, "00112233445566778899aabbccddeeff",
                "a".repeat(64), issuedAt, issuedAt.plus(Duration.ofMinutes(10)), 0, false);
    }

    @Test
    void theLatestCodeOfAnActorAndPurposeIsTheOneIssuedLast() {
        StoredCode first = code("anna", "login", T0);
        StoredCode second = code("anna", "login", T0.plusSeconds(30));
        StoredCode other = code("anna", "delete-account", T0.plusSeconds(60));
        codes.insert(first);
        codes.insert(second);
        codes.insert(other);
        codes.insert(code("bert", "login", T0.plusSeconds(90)));

        assertThat(codes.latest("anna", "login")).contains(second);
        assertThat(codes.latest("anna", "delete-account")).contains(other);
        assertThat(codes.latest("carl", "login")).isEmpty();
    }

    @Test
    void issuedSinceCountsAnActorsCodesOfEveryPurposeFromThatInstantOn() {
        codes.insert(code("anna", "login", T0));
        codes.insert(code("anna", "login", T0.plusSeconds(600)));
        codes.insert(code("anna", "export", T0.plusSeconds(1200)));
        codes.insert(code("bert", "login", T0.plusSeconds(1200)));

        assertThat(codes.issuedSince("anna", T0)).isEqualTo(3);
        assertThat(codes.issuedSince("anna", T0.plusSeconds(600))).isEqualTo(2);
        assertThat(codes.issuedSince("anna", T0.plusSeconds(1201))).isZero();
    }

    @Test
    void anUpdateAppliesOnlyToTheCodeAsItWasRead() {
        StoredCode issued = code("anna", "login", T0);
        codes.insert(issued);

        assertThat(codes.update(issued, issued.withFailure())).isTrue();
        assertThat(codes.update(issued, issued.markedUsed())).as("stale read").isFalse();
        StoredCode failedOnce = codes.latest("anna", "login").orElseThrow();
        assertThat(failedOnce.failedAttempts()).isEqualTo(1);
        assertThat(codes.update(failedOnce, failedOnce.markedUsed())).isTrue();
        assertThat(codes.latest("anna", "login").orElseThrow().used()).isTrue();
    }

    @Test
    void ofRacingUpdatesOfOneReadExactlyOneCounts() throws Exception {
        StoredCode issued = code("anna", "login", T0);
        codes.insert(issued);
        AtomicInteger applied = new AtomicInteger();
        Concurrently.run(8, () -> {
            if (codes.update(issued, issued.markedUsed())) {
                applied.incrementAndGet();
            }
            return null;
        });
        assertThat(applied).hasValue(1);
    }

    @Test
    void aCodeChangesOnlyByOneFailureOrBeingUsedAndIsInsertedOnce() {
        StoredCode issued = code("anna", "login", T0);
        codes.insert(issued);
        assertThatIllegalArgumentException().isThrownBy(() -> codes.insert(issued));
        assertThatIllegalArgumentException().isThrownBy(() -> codes.update(issued, issued.withFailure().withFailure()));
        assertThatIllegalArgumentException().isThrownBy(() -> codes.insert(code("bert", "login", T0).markedUsed()));
        assertThat(codes.latest("anna", "login")).contains(issued);
    }

    @Test
    void aCodeIsStoredWithinTheLimitOnlyWhileTheActorHasFewerCodesInThePeriod() {
        assertThat(codes.insertWithin(code("anna", "login", T0), T0.minusSeconds(3600), 2)).isTrue();
        assertThat(codes.insertWithin(code("anna", "delete-account", T0.plusSeconds(60)), T0.minusSeconds(3540), 2)).isTrue();
        StoredCode third = code("anna", "login", T0.plusSeconds(120));

        assertThat(codes.insertWithin(third, T0.minusSeconds(3480), 2)).isFalse();
        assertThat(codes.latest("anna", "login").map(StoredCode::id)).isNotEqualTo(Optional.of(third.id()));
        assertThat(codes.insertWithin(code("bert", "login", T0.plusSeconds(120)), T0.minusSeconds(3480), 2)).isTrue();
        assertThat(codes.insertWithin(third, T0.plusSeconds(1), 2)).isTrue();
        assertThat(codes.latest("anna", "login")).contains(third);
        assertThatIllegalArgumentException().isThrownBy(() -> codes.insertWithin(third, T0, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> codes.insertWithin(code("carl", "login", T0), T0, 0));
    }

    @Test
    void ofRequestsRacingAtTheLimitNoMoreThanTheLimitAreStored() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        Concurrently.run(8, () -> {
            if (codes.insertWithin(code("anna", "login", T0), T0.minusSeconds(3600), 3)) {
                stored.incrementAndGet();
            }
            return null;
        });
        assertThat(stored).hasValue(3);
        assertThat(codes.issuedSince("anna", T0.minusSeconds(3600))).isEqualTo(3);
    }
}
