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
import io.casekit.spi.attachment.AttachmentOrigin;
import io.casekit.spi.attachment.AttachmentStorageException;
import io.casekit.spi.attachment.AttachmentStore;
import io.casekit.spi.attachment.AttachmentTooLargeException;
import io.casekit.spi.attachment.ClaimOutcome;
import io.casekit.spi.attachment.DuplicateAttachmentException;
import io.casekit.spi.attachment.StoredAttachment;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AttachmentStore} in a directory of the local (or a mounted) file system. Thread-safe;
 * several instances, also in several JVMs, may share one directory.
 *
 * <p>Each attachment is one file, {@code <directory>/<shard>/<name>}: the name is the id's characters
 * in hexadecimal (so that ids differing only in letter case stay apart on case-insensitive file
 * systems) and the shard is the first two hexadecimal digits of the SHA-256 of the id (256
 * sub-directories, evenly filled). Nothing of the uploaded file name reaches the path. The file
 * starts with a header (a format mark, the measured size and digest, then the file name, content
 * type and {@link AttachmentOrigin}), followed by the bytes. A put streams into a temporary file
 * {@code .upload-*.part} in the shard directory, writes the measured size and digest into its header,
 * forces it to disk, and then publishes it under its final name with a hard link, which fails
 * atomically if the name is taken; on a file system without hard links it falls back to a move whose
 * existence check is not atomic. So the bytes and their record appear together, or not at all.
 *
 * <p>A claim is an empty file {@code <name>.claim} next to the attachment, created exclusively
 * ({@code O_CREAT|O_EXCL}, atomic on local file systems and NFS v3 and later), so one claim of an id
 * wins across threads and processes; a release deletes it. A delete removes the attachment first and
 * its claim second, so that a delete cut short never leaves an unclaimed copy of a claimed upload.
 *
 * <p>A put that fails deletes its temporary file; one cut short by a crash can leave it behind, and an
 * operator may delete {@code .upload-*.part} files that are older than the longest upload.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FileSystemAttachmentStore implements AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemAttachmentStore.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    /** The format mark every attachment file starts with: "CKA" and the format version 1. */
    private static final byte[] MAGIC = {'C', 'K', 'A', 1};
    /** Where the measured size (8 bytes) and then the SHA-256 digest (32 bytes) are written. */
    private static final int MEASURED_AT = MAGIC.length;
    /** Where the length of the variable part of the header is written (4 bytes). */
    private static final int RECORD_LENGTH_AT = MEASURED_AT + 8 + 32;
    /** Where the variable part of the header starts. */
    private static final int RECORD_AT = RECORD_LENGTH_AT + 4;
    /** The longest variable header part this store reads back (it writes far less). */
    private static final int MAX_RECORD = 1024 * 1024;
    private static final String CLAIM_SUFFIX = ".claim";

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
    public StoredAttachment put(AttachmentId id, AttachmentDescriptor descriptor, AttachmentOrigin origin, InputStream content,
            long maxBytes) {
        requireNonNull(id, "id");
        requireNonNull(descriptor, "descriptor");
        requireNonNull(origin, "origin");
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
            AttachmentMetadata metadata = write(id, descriptor, origin, content, maxBytes, temp);
            publish(id, temp, target);
            syncDirectory(target.getParent());
            LOG.debug("stored attachment {} ({} bytes) as {}", id, metadata.size(), target);
            return new StoredAttachment(metadata, origin, false);
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " could not be stored in " + directory + ": " + e
                    + "; nothing was stored", e);
        } finally {
            if (temp != null) {
                deleteTemporary(temp);
            }
        }
    }

    /**
     * Writes the header, streams {@code content} into {@code temp} after it (at most {@code maxBytes}
     * bytes), writes the measured size and digest into the header and forces the file to disk.
     */
    private static AttachmentMetadata write(AttachmentId id, AttachmentDescriptor descriptor, AttachmentOrigin origin,
            InputStream content, long maxBytes, Path temp) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            writeFully(out, ByteBuffer.wrap(header(descriptor, origin)));
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
                writeFully(out, ByteBuffer.wrap(buffer, 0, n));
            }
            byte[] sha = digest.digest();
            ByteBuffer measured = ByteBuffer.allocate(8 + sha.length).putLong(size).put(sha).flip();
            while (measured.hasRemaining()) {
                out.write(measured, MEASURED_AT + measured.position());
            }
            out.force(true);
            return AttachmentMetadata.of(id, descriptor, size, HEX.formatHex(sha));
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer chunk) throws IOException {
        while (chunk.hasRemaining()) {
            out.write(chunk);
        }
    }

    /** The header: the format mark, room for the size and digest, and the record's labels and origin. */
    private static byte[] header(AttachmentDescriptor descriptor, AttachmentOrigin origin) throws IOException {
        ByteArrayOutputStream recordBytes = new ByteArrayOutputStream();
        try (DataOutputStream record = new DataOutputStream(recordBytes)) {
            record.writeUTF(descriptor.fileName());
            record.writeUTF(descriptor.contentType());
            record.writeUTF(origin.uploadedBy().kind().name());
            record.writeUTF(origin.uploadedBy().id());
            record.writeBoolean(origin.customerId().isPresent());
            record.writeUTF(origin.customerId().orElse(""));
            record.writeLong(origin.uploadedAt().getEpochSecond());
            record.writeInt(origin.uploadedAt().getNano());
        }
        return ByteBuffer.allocate(RECORD_AT + recordBytes.size())
                .put(MAGIC)
                .put(new byte[8 + 32])
                .putInt(recordBytes.size())
                .put(recordBytes.toByteArray())
                .array();
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
    public Optional<StoredAttachment> find(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        try (InputStream in = Files.newInputStream(path)) {
            Header header = readHeader(id, path, in);
            long length = Files.size(path);
            if (length != header.contentAt() + header.metadata().size()) {
                throw new IOException("the file is damaged: its header says " + header.metadata().size()
                        + " bytes of content, the file holds " + (length - header.contentAt()));
            }
            return Optional.of(new StoredAttachment(header.metadata(), header.origin(), Files.exists(claimOf(path))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " cannot be read from " + path + ": " + e, e);
        }
    }

    /** What the header of an attachment file says, and where its content starts. */
    private record Header(AttachmentMetadata metadata, AttachmentOrigin origin, long contentAt) {}

    /** Reads the header from the start of {@code in}, leaving {@code in} at the first byte of content. */
    private static Header readHeader(AttachmentId id, Path path, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] fixed = new byte[RECORD_AT];
        try {
            data.readFully(fixed);
            ByteBuffer header = ByteBuffer.wrap(fixed);
            byte[] magic = new byte[MAGIC.length];
            header.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not an attachment file of this store's format");
            }
            long size = header.getLong();
            byte[] sha = new byte[32];
            header.get(sha);
            int recordLength = header.getInt();
            if (recordLength < 0 || recordLength > MAX_RECORD) {
                throw new IOException("header record of " + recordLength + " bytes");
            }
            byte[] recordBytes = new byte[recordLength];
            data.readFully(recordBytes);
            DataInputStream record = new DataInputStream(new ByteArrayInputStream(recordBytes));
            AttachmentDescriptor descriptor = new AttachmentDescriptor(record.readUTF(), record.readUTF());
            ActorRef uploadedBy = new ActorRef(ActorKind.valueOf(record.readUTF()), record.readUTF());
            boolean hasCustomer = record.readBoolean();
            String customer = record.readUTF();
            Instant uploadedAt = Instant.ofEpochSecond(record.readLong(), record.readInt());
            AttachmentOrigin origin = new AttachmentOrigin(uploadedBy, hasCustomer ? Optional.of(customer) : Optional.empty(), uploadedAt);
            return new Header(AttachmentMetadata.of(id, descriptor, size, HEX.formatHex(sha)), origin, (long) RECORD_AT + recordLength);
        } catch (java.io.EOFException | IllegalArgumentException e) {
            throw new AttachmentStorageException("attachment " + id + " in " + path + " has a damaged header: " + e, e);
        }
    }

    @Override
    public ClaimOutcome claim(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        Path claim = claimOf(path);
        if (!Files.isRegularFile(path)) {
            return ClaimOutcome.NOT_STORED;
        }
        try {
            Files.createFile(claim);
        } catch (FileAlreadyExistsException e) {
            return ClaimOutcome.ALREADY_CLAIMED;
        } catch (NoSuchFileException e) {
            return ClaimOutcome.NOT_STORED; // the shard directory is gone: nothing is stored
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " cannot be claimed in " + directory + ": " + e, e);
        }
        if (!Files.isRegularFile(path)) {
            // a delete ran meanwhile: it may have missed this claim, so take it back
            deleteQuietly(claim);
            return ClaimOutcome.NOT_STORED;
        }
        syncDirectory(path.getParent());
        LOG.debug("claimed attachment {}", id);
        return ClaimOutcome.CLAIMED;
    }

    @Override
    public boolean release(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        try {
            boolean released = Files.deleteIfExists(claimOf(path));
            if (released) {
                syncDirectory(path.getParent());
                LOG.debug("released attachment {}", id);
            }
            return released && Files.isRegularFile(path);
        } catch (IOException e) {
            throw new AttachmentStorageException("the claim of attachment " + id + " cannot be released in " + directory + ": " + e, e);
        }
    }

    @Override
    public Optional<InputStream> open(AttachmentId id) {
        Path path = pathOf(requireNonNull(id, "id"));
        @Nullable InputStream in = null;
        try {
            in = Files.newInputStream(path);
            readHeader(id, path, in);
            return Optional.of(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            closeQuietly(in, e);
            if (e instanceof AttachmentStorageException storage) {
                throw storage;
            }
            throw new AttachmentStorageException("attachment " + id + " cannot be read from " + path + ": " + e, e);
        }
    }

    private static void closeQuietly(@Nullable InputStream in, Exception failure) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
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
            // the attachment first: a delete cut short leaves a claim without an attachment, never the reverse
            boolean deleted = Files.deleteIfExists(path);
            Files.deleteIfExists(claimOf(path));
            if (deleted) {
                LOG.debug("deleted attachment {}", id);
            }
            return deleted;
        } catch (IOException e) {
            throw new AttachmentStorageException("attachment " + id + " cannot be deleted from " + path + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    /** The file of an attachment: derived from its id only. */
    private Path pathOf(AttachmentId id) {
        byte[] name = id.value().getBytes(StandardCharsets.US_ASCII);
        String shard = HEX.toHexDigits(sha256().digest(name)[0]);
        return directory.resolve(shard).resolve(HEX.formatHex(name));
    }

    /** The claim file of the attachment file {@code path}. */
    private static Path claimOf(Path path) {
        return path.resolveSibling(path.getFileName() + CLAIM_SUFFIX);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
