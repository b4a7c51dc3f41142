package io.casekit.core.identity;

import io.casekit.spi.identity.IdentityProvider;
import io.casekit.testkit.identity.IdentityFixture;
import io.casekit.testkit.identity.IdentityProviderContract;

/** The in-memory directory passes the identity-provider contract. */
class InMemoryDirectoryTest extends IdentityProviderContract {

    @Override
    protected IdentityProvider createProvider(IdentityFixture fixture) {
        InMemoryDirectory directory = new InMemoryDirectory();
        fixture.customers().forEach(directory::add);
        fixture.actors().forEach(directory::add);
        return directory;
    }
}
