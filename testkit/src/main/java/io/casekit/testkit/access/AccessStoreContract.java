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

import io.casekit.spi.access.AccessRequestState;
import io.casekit.spi.access.AccessRequestStore;
import io.casekit.spi.access.InvitationState;
import io.casekit.spi.access.InvitationStore;
import io.casekit.spi.access.ProfileChange;
import io.casekit.spi.access.ProfileChange.ChangedField;
import io.casekit.spi.access.ProfileStore;
import io.casekit.spi.access.StoredAccessRequest;
import io.casekit.spi.access.StoredInvitation;
import io.casekit.spi.access.StoredProfile;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.internal.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's portal access: its {@link InvitationStore}, {@link AccessRequestStore}
 * and {@link ProfileStore}. Every value comes back as stored; lookups find exactly what they name;
 * changes go from the version read to the next only, so that of racing changes exactly one counts
 * and a stale one changes nothing. A store's test subclasses it and makes a fresh, empty store whose
 * {@link CaseStore#invitations()}, {@link CaseStore#accessRequests()} and {@link CaseStore#profiles()}
 * are present:
 *
 * <pre>{@code
 * class MyAccessTest extends AccessStoreContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public abstract class AccessStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private InvitationStore invitations;
    private AccessRequestStore requests;
    private ProfileStore profiles;

    /**
     * Makes a new, empty store that keeps invitations, access requests and profiles; called before each test.
     *
     * @return the store under test, empty
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        CaseStore store = createStore();
        String name = store.getClass().getName();
        invitations = store.invitations().orElseThrow(() -> new AssertionError("the store keeps no invitations: " + name));
        requests = store.accessRequests().orElseThrow(() -> new AssertionError("the store keeps no access requests: " + name));
        profiles = store.profiles().orElseThrow(() -> new AssertionError("the store keeps no profiles: " + name));
    }

    private static StoredInvitation invitation(String customer, String email, Instant at) {
        return new StoredInvitation(UUID.randomUUID().toString(), customer, email, "Eva Peeters", Locale.forLanguageTag("nl-BE"), false,
                "agent-1", hash(), at, at.plus(Duration.ofDays(14)), InvitationState.PENDING, Optional.empty(), 1);
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static StoredAccessRequest request(Optional<String> customer, String email, Instant at) {
        return new StoredAccessRequest(UUID.randomUUID().toString(), "Jan Jansen", email, "Acme NV", Optional.of("+32 2 555 01 23"),
                Optional.empty(), "I handle our tickets.\nPlease let me in.", Locale.FRENCH, customer, at, AccessRequestState.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    private static ProfileChange change(String actor, String field, String before, String after) {
        return new ProfileChange(actor, actor, T0, List.of(new ChangedField(field, before, after)));
    }

    // ---- invitations -------------------------------------------------------------------------

    @Test
    void anInvitationComesBackAsStoredByIdAndByCodeHash() {
        StoredInvitation sent = invitation("acme", "eva@acme.example", T0);
        StoredInvitation authorised = new StoredInvitation(UUID.randomUUID().toString(), "acme", "olaf@acme.example", "Olaf", Locale.GERMAN,
                true, "contact-9", hash(), T0, T0.plusSeconds(3600), InvitationState.PENDING, Optional.empty(), 1);
        invitations.insert(sent);
        invitations.insert(authorised);

        assertThat(invitations.find(sent.id())).contains(sent);
        assertThat(invitations.findByTokenHash(authorised.tokenHash())).contains(authorised);
        assertThat(invitations.find("no-such-id")).isEmpty();
        assertThat(invitations.findByTokenHash(hash())).isEmpty();
    }

    @Test
    void aCustomersInvitationsComeNewestFirstAndNoOtherCustomers() {
        StoredInvitation first = invitation("acme", "a@acme.example", T0);
        StoredInvitation other = invitation("globex", "g@globex.example", T0.plusSeconds(1));
        StoredInvitation second = invitation("acme", "b@acme.example", T0.plusSeconds(2));
        invitations.insert(first);
        invitations.insert(other);
        invitations.insert(second);

        assertThat(invitations.ofCustomer("acme")).containsExactly(second, first);
        assertThat(invitations.ofCustomer("initech")).isEmpty();
    }

    @Test
    void anInvitationIsInsertedOnceAsNewWithACodeHashNoOtherHas() {
        StoredInvitation sent = invitation("acme", "eva@acme.example", T0);
        invitations.insert(sent);
        StoredInvitation sameHash = new StoredInvitation(UUID.randomUUID().toString(), "acme", "x@acme.example", "X", Locale.ENGLISH, false,
                "agent-1", sent.tokenHash(), T0, T0.plusSeconds(60), InvitationState.PENDING, Optional.empty(), 1);

        assertThatIllegalArgumentException().isThrownBy(() -> invitations.insert(sent));
        assertThatIllegalArgumentException().isThrownBy(() -> invitations.insert(sameHash));
        assertThatIllegalArgumentException().isThrownBy(() -> invitations.insert(invitation("acme", "r@acme.example", T0).revoked()));
        assertThat(invitations.ofCustomer("acme")).containsExactly(sent);
    }

    @Test
    void sendingAgainReplacesTheCodeHashSoTheOldCodeFindsNothing() {
        StoredInvitation sent = invitation("acme", "eva@acme.example", T0);
        invitations.insert(sent);
        StoredInvitation resent = sent.resent(hash(), T0.plusSeconds(3600), T0.plus(Duration.ofDays(15)));

        assertThat(invitations.update(sent, resent)).isTrue();
        assertThat(invitations.findByTokenHash(sent.tokenHash())).isEmpty();
        assertThat(invitations.findByTokenHash(resent.tokenHash())).contains(resent);
        assertThat(invitations.find(sent.id())).contains(resent);
    }

    @Test
    void aStaleInvitationChangesNothingAndAChangeMustBeTheNextVersion() {
        StoredInvitation sent = invitation("acme", "eva@acme.example", T0);
        invitations.insert(sent);
        StoredInvitation revoked = sent.revoked();
        assertThat(invitations.update(sent, revoked)).isTrue();

        assertThat(invitations.update(sent, sent.redeemedBy("contact-1"))).isFalse();
        assertThat(invitations.find(sent.id())).contains(revoked);
        assertThatIllegalArgumentException().isThrownBy(() -> invitations.update(revoked, revoked));
        assertThatIllegalArgumentException().isThrownBy(() -> invitations.update(revoked, invitation("acme", "o@acme.example", T0)));
        StoredInvitation neverStored = invitation("acme", "n@acme.example", T0);
        assertThat(invitations.update(neverStored, neverStored.revoked())).isFalse();
    }

    @Test
    void ofRacingRedemptionsOfOneInvitationExactlyOneCounts() throws Exception {
        StoredInvitation sent = invitation("acme", "eva@acme.example", T0);
        invitations.insert(sent);
        AtomicInteger won = new AtomicInteger();
        Concurrently.run(8, () -> {
            if (invitations.update(sent, sent.redeemedBy("contact-" + Thread.currentThread().getName()))) {
                won.incrementAndGet();
            }
            return null;
        });
        assertThat(won).hasValue(1);
        assertThat(invitations.find(sent.id()).orElseThrow().state()).isEqualTo(InvitationState.REDEEMED);
    }

    // ---- access requests ---------------------------------------------------------------------

    @Test
    void anAccessRequestComesBackAsStoredWithItsDecision() {
        StoredAccessRequest made = request(Optional.empty(), "jan@acme.example", T0);
        StoredAccessRequest named = new StoredAccessRequest(UUID.randomUUID().toString(), "Ann", "ann@acme.example", "Acme", Optional.empty(),
                Optional.of("IT manager"), "", Locale.ENGLISH, Optional.of("acme"), T0, AccessRequestState.PENDING, Optional.empty(),
                Optional.empty(), Optional.empty(), 1);
        requests.insert(made);
        requests.insert(named);
        StoredAccessRequest approved = made.approved("acme", "agent-1", T0.plusSeconds(60), "invitation-1");

        assertThat(requests.update(made, approved)).isTrue();
        assertThat(requests.find(made.id())).contains(approved);
        assertThat(requests.find(named.id())).contains(named);
        assertThat(requests.find("no-such-id")).isEmpty();
    }

    @Test
    void requestsListNewestFirstByCustomerAndStateUpToTheLimit() {
        StoredAccessRequest first = request(Optional.of("acme"), "a@acme.example", T0);
        StoredAccessRequest unnamed = request(Optional.empty(), "b@acme.example", T0.plusSeconds(1));
        StoredAccessRequest second = request(Optional.of("acme"), "c@acme.example", T0.plusSeconds(2));
        StoredAccessRequest other = request(Optional.of("globex"), "d@globex.example", T0.plusSeconds(3));
        List.of(first, unnamed, second, other).forEach(requests::insert);
        StoredAccessRequest refused = second.refused("agent-1", T0.plusSeconds(10));
        assertThat(requests.update(second, refused)).isTrue();

        assertThat(requests.list(Optional.empty(), Optional.empty(), 10)).containsExactly(other, refused, unnamed, first);
        assertThat(requests.list(Optional.of("acme"), Optional.empty(), 10)).containsExactly(refused, first);
        assertThat(requests.list(Optional.of("acme"), Optional.of(AccessRequestState.PENDING), 10)).containsExactly(first);
        assertThat(requests.list(Optional.empty(), Optional.of(AccessRequestState.PENDING), 2)).containsExactly(other, unnamed);
    }

    @Test
    void requestsFromAnAddressAreCountedWithoutRegardToCaseFromAnInstantOn() {
        requests.insert(request(Optional.empty(), "Jan@Acme.example", T0));
        requests.insert(request(Optional.empty(), "jan@acme.example", T0.plusSeconds(600)));
        requests.insert(request(Optional.empty(), "other@acme.example", T0.plusSeconds(600)));

        assertThat(requests.madeSince("JAN@acme.example", T0)).isEqualTo(2);
        assertThat(requests.madeSince("jan@acme.example", T0.plusSeconds(1))).isEqualTo(1);
        assertThat(requests.madeSince("jan@acme.example", T0.plusSeconds(601))).isZero();
    }

    @Test
    void ofRacingDecisionsOnOneRequestExactlyOneCountsAndInsertIsOnce() throws Exception {
        StoredAccessRequest made = request(Optional.of("acme"), "jan@acme.example", T0);
        requests.insert(made);
        assertThatIllegalArgumentException().isThrownBy(() -> requests.insert(made));
        assertThatIllegalArgumentException().isThrownBy(() -> requests.update(made, made));
        AtomicInteger won = new AtomicInteger();
        Concurrently.run(8, () -> {
            if (requests.update(made, made.refused("agent-" + Thread.currentThread().getName(), T0.plusSeconds(5)))) {
                won.incrementAndGet();
            }
            return null;
        });
        assertThat(won).hasValue(1);
        assertThat(requests.find(made.id()).orElseThrow().state()).isEqualTo(AccessRequestState.REFUSED);
    }

    // ---- profiles ----------------------------------------------------------------------------

    @Test
    void aProfileComesBackAsSavedWithItsHistoryOldestFirst() {
        assertThat(profiles.find("anna")).isEmpty();
        StoredProfile first = new StoredProfile("anna", Optional.of("Anna V."), Optional.of(Locale.forLanguageTag("nl-BE")),
                Optional.of("+32 2 555 01 23"), Optional.of(Set.of(Channel.EMAIL, Channel.PHONE)), Set.of("PUBLIC_COMMENT", "ASSIGNED"), 1);
        ProfileChange named = change("anna", "displayName", "", "Anna V.");
        assertThat(profiles.save(Optional.empty(), first, named)).isTrue();
        StoredProfile second = new StoredProfile("anna", Optional.of("Anna V."), Optional.empty(), Optional.empty(), Optional.of(Set.of()),
                Set.of(), 2);
        ProfileChange cleared = new ProfileChange("anna", "agent-1", T0.plusSeconds(60), List.of(new ChangedField("phone", "+32 2 555 01 23", ""),
                new ChangedField("channels", "EMAIL,PHONE", "(none)")));
        assertThat(profiles.save(Optional.of(first), second, cleared)).isTrue();

        assertThat(profiles.find("anna")).contains(second);
        assertThat(profiles.history("anna")).containsExactly(named, cleared);
        assertThat(profiles.history("bert")).isEmpty();
    }

    @Test
    void aStaleSaveStoresNothingAndRecordsNothing() {
        StoredProfile named = profileNamed("Anna", 1);
        assertThat(profiles.save(Optional.empty(), named, change("anna", "displayName", "", "Anna"))).isTrue();
        StoredProfile renamed = profileNamed("Annie", 2);
        assertThat(profiles.save(Optional.of(named), renamed, change("anna", "displayName", "Anna", "Annie"))).isTrue();

        assertThat(profiles.save(Optional.empty(), profileNamed("Ann", 1), change("anna", "displayName", "", "Ann"))).isFalse();
        assertThat(profiles.save(Optional.of(named), profileNamed("Ann", 2), change("anna", "displayName", "Anna", "Ann"))).isFalse();
        assertThat(profiles.find("anna")).contains(renamed);
        assertThat(profiles.history("anna")).hasSize(2);
    }

    private static StoredProfile profileNamed(String name, int version) {
        return new StoredProfile("anna", Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), version);
    }

    @Test
    void aSaveMustBeTheSameContactsNextVersion() {
        StoredProfile named = new StoredProfile("anna", Optional.of("Anna"), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 1);
        assertThatIllegalArgumentException().isThrownBy(() -> profiles.save(Optional.empty(), new StoredProfile("anna", Optional.of("Anna"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), 2),
                change("anna", "displayName", "", "Anna")));
        assertThatIllegalArgumentException().isThrownBy(() -> profiles.save(Optional.empty(), named,
                change("bert", "displayName", "", "Anna")));
        assertThat(profiles.find("anna")).isEmpty();
    }

    @Test
    void ofRacingSavesFromOneReadExactlyOneIsStoredAndRecorded() throws Exception {
        AtomicInteger won = new AtomicInteger();
        Concurrently.run(8, () -> {
            String name = "Anna " + Thread.currentThread().getName();
            StoredProfile next = new StoredProfile("anna", Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 1);
            if (profiles.save(Optional.empty(), next, change("anna", "displayName", "", name))) {
                won.incrementAndGet();
            }
            return null;
        });
        assertThat(won).hasValue(1);
        assertThat(profiles.history("anna")).hasSize(1);
        assertThat(profiles.find("anna").orElseThrow().displayName()).contains(profiles.history("anna").get(0).fields().get(0).after());
    }
}
