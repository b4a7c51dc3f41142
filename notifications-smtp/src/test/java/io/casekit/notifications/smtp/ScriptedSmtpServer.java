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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server in the test JVM whose replies a test scripts, for what GreenMail cannot do:
 * {@code STARTTLS} (GreenMail 2.1 has none), chosen greetings, refusals at the end of {@code DATA},
 * silence and dropped connections. It records every line it receives and whether it came over TLS.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** As a reply: never answer (the client times out). */
    static final String SILENT = "<silent>";
    /** As a reply: close the connection instead of answering. */
    static final String DROP = "<drop>";

    /** One line the server received. @param tls whether it came over TLS */
    record Line(boolean tls, String text) {}

    private final ServerSocket serverSocket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-smtp");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<Line> transcript = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private volatile String greeting = "220 scripted.test ESMTP";
    private volatile SSLContext startTls;
    private volatile String plainCredentials;

    private ScriptedSmtpServer() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    static ScriptedSmtpServer start() {
        try {
            return new ScriptedSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** The greeting, e.g. {@code 421 4.3.2 busy}; {@link #SILENT} or {@link #DROP} allowed. */
    ScriptedSmtpServer greeting(String reply) {
        greeting = reply;
        return this;
    }

    /**
     * The reply to a command: {@code MAIL}, {@code RCPT}, {@code QUIT}, or {@code DATA-END} (the end of
     * the message text); {@link #SILENT} or {@link #DROP} allowed.
     */
    ScriptedSmtpServer reply(String command, String reply) {
        replies.put(command, reply);
        return this;
    }

    /** Offers {@code STARTTLS}, presenting the certificate of {@code context}. */
    ScriptedSmtpServer offerStartTls(SSLContext context) {
        startTls = context;
        return this;
    }

    /** Offers {@code AUTH PLAIN} once TLS is on, and refuses {@code MAIL} without it. */
    ScriptedSmtpServer requireAuthentication(String username, String password) {
        plainCredentials = username + "\0" + password;
        return this;
    }

    /** Every line received so far. */
    List<Line> transcript() {
        return List.copyOf(transcript);
    }

    /** The text of every message accepted with a 250 at the end of DATA. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Closes every open connection at once, as a server does that drops idle sessions or restarts. */
    void dropOpenConnections() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            open.remove(socket);
        }
    }

    /** How many connections the server has accepted (each greets with EHLO or HELO first). */
    long connections() {
        return transcript.stream().filter(l -> !l.tls() && (l.text().startsWith("EHLO") || l.text().startsWith("HELO"))).count();
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket plain) {
        Socket socket = plain;
        try {
            Conversation c = new Conversation(socket);
            if (!c.reply(greeting) || !greeting.startsWith("220")) {
                c.drain();
                return;
            }
            boolean tls = false;
            boolean authenticated = false;
            String line;
            while ((line = c.in.readLine()) != null) {
                transcript.add(new Line(tls, line));
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                boolean answered;
                switch (verb) {
                    case "EHLO" -> {
                        StringBuilder ehlo = new StringBuilder("250-scripted.test\r\n");
                        if (startTls != null && !tls) {
                            ehlo.append("250-STARTTLS\r\n");
                        }
                        if (plainCredentials != null && tls) {
                            ehlo.append("250-AUTH PLAIN\r\n");
                        }
                        answered = c.reply(ehlo.append("250 8BITMIME").toString());
                    }
                    case "HELO" -> answered = c.reply("250 scripted.test");
                    case "STAR" -> {
                        if (startTls == null || tls) {
                            answered = c.reply("502 5.5.1 STARTTLS not available");
                        } else {
                            c.reply("220 2.0.0 Ready to start TLS");
                            SSLSocket ssl = (SSLSocket) startTls.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
                            ssl.setUseClientMode(false);
                            ssl.startHandshake();
                            socket = ssl;
                            open.add(ssl);
                            c = new Conversation(ssl);
                            tls = true;
                            answered = true;
                        }
                    }
                    case "AUTH" -> {
                        String response = line.length() > "AUTH PLAIN ".length() ? line.substring("AUTH PLAIN ".length()) : null;
                        if (response == null && line.equalsIgnoreCase("AUTH PLAIN")) {
                            c.reply("334 "); // no initial response: ask for it
                            response = c.in.readLine();
                            transcript.add(new Line(tls, response));
                        }
                        authenticated = plainCredentials != null && line.toUpperCase(java.util.Locale.ROOT).startsWith("AUTH PLAIN")
                                && response != null && plainMatches(response);
                        answered = c.reply(authenticated ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
                    }
                    case "MAIL" -> answered = c.reply(plainCredentials != null && !authenticated
                            ? "530 5.7.0 Authentication required"
                            : replies.getOrDefault("MAIL", "250 2.1.0 Ok"));
                    case "RCPT" -> answered = c.reply(replies.getOrDefault("RCPT", "250 2.1.5 Ok"));
                    case "DATA" -> {
                        c.reply("354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder text = new StringBuilder();
                        String dataLine;
                        while ((dataLine = c.in.readLine()) != null && !dataLine.equals(".")) {
                            text.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
                        }
                        String reply = replies.getOrDefault("DATA-END", "250 2.0.0 Ok: queued as 4F2A");
                        if (reply.startsWith("250")) {
                            accepted.add(text.toString());
                        }
                        answered = c.reply(reply);
                    }
                    case "QUIT" -> {
                        c.reply(replies.getOrDefault("QUIT", "221 2.0.0 Bye"));
                        return;
                    }
                    case "RSET", "NOOP" -> answered = c.reply("250 2.0.0 Ok");
                    default -> answered = c.reply("502 5.5.2 Error: command not recognized");
                }
                if (!answered) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** Whether a SASL PLAIN response ({@code [authzid] NUL authcid NUL passwd}, base64) carries the expected user and password. */
    private boolean plainMatches(String base64) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int first = decoded.indexOf('\0');
        if (first < 0) {
            return false;
        }
        String authzid = decoded.substring(0, first);
        String rest = decoded.substring(first + 1);
        return rest.equals(plainCredentials) && (authzid.isEmpty() || rest.startsWith(authzid + "\0"));
    }

    /** Reader and writer of one connection (replaced when TLS starts). */
    private static final class Conversation {

        final BufferedReader in;
        final OutputStream out;

        Conversation(Socket socket) throws IOException {
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out = socket.getOutputStream();
        }

        /** Sends {@code reply}; false if the script says to stay silent or drop the connection. */
        boolean reply(String reply) throws IOException {
            if (reply.equals(DROP)) {
                return false;
            }
            if (reply.equals(SILENT)) {
                drain();
                return false;
            }
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        }

        /** Reads and ignores everything until the client closes the connection. */
        void drain() throws IOException {
            while (in.read() >= 0) {
                // ignore
            }
        }
    }
}
