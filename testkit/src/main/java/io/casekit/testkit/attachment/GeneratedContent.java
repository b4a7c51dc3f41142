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
package io.casekit.testkit.attachment;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * A stream of deterministic pseudo-random bytes that exist only while they are read, so a test can
 * send tens of megabytes (or an endless stream) without holding them. It counts the bytes handed out
 * and whether it was closed. Not thread-safe: one reader at a time, as for any stream.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GeneratedContent extends InputStream {

    private final long length;
    private final long seed;
    private long position;
    private boolean closed;

    /**
     * A stream of the first {@code length} bytes of the sequence {@code seed}.
     *
     * @param length how many bytes the stream has; {@link Long#MAX_VALUE} for a stream without end
     * @param seed picks the byte sequence; equal seeds give equal bytes
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public GeneratedContent(long length, long seed) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        this.length = length;
        this.seed = seed;
    }

    /**
     * The SHA-256 of the first {@code length} bytes of the sequence {@code seed}, computed without
     * holding them: what a store must report for the content of a {@code new GeneratedContent(length,
     * seed)}.
     *
     * @param length how many bytes, 0 or more
     * @param seed picks the byte sequence
     * @return the digest, in lower-case hex
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static String sha256(long length, long seed) {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[64 * 1024];
        try (GeneratedContent content = new GeneratedContent(length, seed)) {
            for (int n = content.read(buffer); n > 0; n = content.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of what is left in {@code in}, read in chunks (never whole) to its end. The stream
     * is not closed.
     *
     * @param in the stream, read to its end
     * @return the digest, in lower-case hex
     * @throws IOException if reading {@code in} fails
     */
    public static String sha256Of(InputStream in) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of {@code bytes}.
     *
     * @param bytes the bytes
     * @return the digest, in lower-case hex
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    /**
     * The first {@code length} bytes of the sequence {@code seed}, in memory (for small contents): the
     * same bytes a {@code new GeneratedContent(length, seed)} streams.
     *
     * @param length how many bytes, 0 or more
     * @param seed picks the byte sequence
     * @return the bytes, in a new array
     */
    public static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        try (GeneratedContent content = new GeneratedContent(length, seed)) {
            int n = content.read(bytes, 0, length);
            if (n != length && length > 0) {
                throw new IllegalStateException("short read");
            }
        }
        return bytes;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@return how many bytes were read so far} */
    public long bytesRead() {
        return position;
    }

    /** {@return whether {@link #close()} was called} */
    public boolean closed() {
        return closed;
    }

    private byte byteAt(long index) {
        long x = (index + seed * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        return (byte) (x ^ (x >>> 17));
    }

    /** The next byte of the sequence, or -1 at its end. */
    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(position++) & 0xFF;
    }

    /** Fills {@code buffer} from the sequence; the number of bytes read, or -1 at its end. */
    @Override
    public int read(byte[] buffer) {
        return read(buffer, 0, buffer.length);
    }

    /** Reads up to {@code count} bytes of the sequence into {@code buffer} from {@code offset}; -1 at its end. */
    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = byteAt(position++);
        }
        return n;
    }

    /** Marks the stream closed (see {@link #closed()}); reading on stays possible. */
    @Override
    public void close() {
        closed = true;
    }
}
