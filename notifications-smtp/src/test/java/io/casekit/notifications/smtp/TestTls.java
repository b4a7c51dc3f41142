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

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test certificate {@code tls/smtp-localhost.p12}: self-signed, for {@code localhost} only (no IP
 * address among its subject alternative names, so connecting to {@code 127.0.0.1} fails host-name
 * verification), valid for 100 years, store and key password {@code changeit}. Made with
 *
 * <pre>
 * keytool -genkeypair -alias greenmail -keyalg RSA -keysize 2048 -validity 36500 \
 *   -dname "CN=localhost, OU=Casekit tests, O=Casekit" -ext "SAN=dns:localhost" \
 *   -storetype PKCS12 -keystore smtp-localhost.p12 -storepass changeit -keypass changeit
 * </pre>
 */
final class TestTls {

    private static final String RESOURCE = "/tls/smtp-localhost.p12";
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestTls() {}

    /**
     * Makes GreenMail's SMTPS server present the test certificate. GreenMail reads these properties
     * once, when its first TLS server socket is made: call this before starting an SMTPS server.
     */
    static void useForGreenMail() {
        System.setProperty("greenmail.tls.keystore.file", path().toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
    }

    /** A client socket factory that trusts the test certificate (and nothing else). */
    static SSLSocketFactory trustingTestCertificate() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server context that presents the test certificate. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore() throws GeneralSecurityException {
        try (InputStream in = TestTls.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path path() {
        URL url = TestTls.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
