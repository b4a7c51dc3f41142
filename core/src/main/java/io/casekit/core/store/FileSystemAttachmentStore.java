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
package io.casekit.core.store;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.spi.attachment.AttachmentDescriptor;
import io.casekit.spi.attachment.AttachmentId;
import io.casekit.spi.attachment.AttachmentMetadata;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.AttachmentTooLargeException;
import io.casekit.spi.attachment.DuplicateAttachmentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AttachmentStore} in a directory of the local (or a mounted) file system. Thread-safe;
 * several instances, also in several JVMs, may share one directory.
 *
 * <p>Each attachment is one file, {@code <directory>/<shard>/<name>}: the name is the id's characters
 * in hexadecimal (so that ids differing only in letter case stay apart on case-insensitive file
 * systems) and the shard is the first two hexadecimal digits of the SHA-256 of the id (256
 * sub-directories, evenly filled). Nothing of the uploaded file name reaches the path. A put streams
 * into a temporary file {@code .upload-*.part} in the shard directory, forces it to disk, and then
 * publishes it under its final name with a hard link, which fails atomically if the name is taken;
 * on a file system without hard links it falls back to a move whose existence check is not atomic.
 * A put that fails deletes its temporary file; one cut short by a crash can leave it behind, and an
 * operator may delete {@code .upload-*.part} files that are older than the longest upload.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FileSystemAttachmentStore implements AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemAttachmentStore.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final Path directory;

    /**
     * A store in {@code directory}, which is created if it does not exist.
     *
     * @param directory where the files go; a relative path is resolved against the working directory
     * @throws AttachmentStorageException if the directory cannot be created
     */
    public FileSystemAttachmentStore(Path directory) {
        this.directory = requireNonNull(directory, "directory").toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment directory " + this.directory + " cannot be created: " + e, e);
        }
    }

    /** {@return the directory this store keeps its files in, as an absolute, normalised path} */
    public Path directory() {
        return directory;
    }

    @Override
    public AttachmentMetadata put(AttachmentId id, AttachmentDescriptor descriptor, InputStream content, long maxBytes) {
        requireNonNull(id, "id");
        requireNonNull(descriptor, "descriptor");
        requireNonNull(content, "content");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
        }
        Path target = pathOf(id);
        if (Files.exists(target)) {
            throw new DuplicateAttachmentException(id);
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            AttachmentMetadata metadata = write(id, descriptor, content, maxBytes, temp);
            publish(id, temp, target);
            syncDirectory(target.getParent());
            LOG.debug("stored attachment {} ({} bytes) as {}", id, metadata.size(), target);
            return metadata;
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " could not be stored in " + directory + ": " + e
                    + "; nothing was stored", e);
        } finally {
            if (temp != null) {
                deleteTemporary(temp);
            }
        }
    }

    /** Streams {@code content} into {@code temp}, at most {@code maxBytes} bytes, and forces it to disk. */
    private static AttachmentMetadata write(AttachmentId id, AttachmentDescriptor descriptor, InputStream content, long maxBytes,
            Path temp) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            while (true) {
                // never ask for more than one byte past the limit
                long remaining = maxBytes - size;
                int wanted = remaining >= buffer.length ? buffer.length : (int) remaining + 1;
                int n = content.read(buffer, 0, wanted);
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > maxBytes) {
                    throw new AttachmentTooLargeException(id, maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return AttachmentMetadata.of(id, descriptor, size, HEX.formatHex(digest.digest()));
    }

    /** Gives the written temporary file its final name, unless the name is taken. */
    private static void publish(AttachmentId id, Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new DuplicateAttachmentException(id);
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.debug("no hard link for {} ({}); moving instead", target, e.toString());
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException taken) {
                throw new DuplicateAttachmentException(id);
            }
        }
    }

    /** Makes the new directory entry durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync directory {}: {}", dir, e.toString());
        }
    }

    private static void deleteTemporary(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary attachment file {}: {}", temp, e.toString());
        }
    }

    @Override
    public Optional<InputStream> open(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        try {
            return Optional.of(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " cannot be read from " + path + ": " + e, e);
        }
    }

    @Override
    public boolean exists(AttachmentId id) {
        return Files.isRegularFile(pathOf(requireNonNull(id, "id")));
    }

    @Override
    public boolean delete(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        try {
            boolean deleted = Files.deleteIfExists(path);
            if (deleted) {
                LOG.debug("deleted attachment {}", id);
            }
            return deleted;
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " cannot be deleted from " + path + ": " + e, e);
        }
    }

    /** The file of an attachment: derived from its id only. */
    private Path pathOf(AttachmentId id) {
        byte[] name = id.value().getBytes(StandardCharsets.US_ASCII);
        String shard = HEX.toHexDigits(sha256().digest(name)[0]);
        return directory.resolve(shard).resolve(HEX.formatHex(name));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
