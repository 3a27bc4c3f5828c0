package vn.tinhso.files.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tinhso.files.FileTooLarge;
import vn.tinhso.files.storage.BlobStore;
import vn.tinhso.files.storage.FilesProperties;
import vn.tinhso.files.storage.StagedBlob;

/**
 * Blobs in a local directory (or a mounted volume): {@code <directory>/ab/cd/<sha256>}, staged in
 * {@code <directory>/tmp/}. Two levels of two hex digits keep any one directory small (65,536 leaves).
 *
 * <p>Durability: the staged file is {@code fsync}ed, renamed atomically into place (same file system, so a reader
 * sees either nothing or the whole file) and the directory holding it is {@code fsync}ed, so the rename itself
 * survives a power cut.
 */
@Component
class LocalDirectoryFileStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(LocalDirectoryFileStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int CHUNK = 64 * 1024;
    // Staged files older than this were left by a crash, not by an upload still in progress.
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final Path root;
    private final Path staging;

    LocalDirectoryFileStore(FilesProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
        this.staging = root.resolve("tmp");
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) {
        Path temp = createStagingFile();
        MessageDigest sha256 = sha256();
        long size = 0;
        boolean complete = false;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[CHUNK];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLarge(maxBytes);
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!complete) {
                deleteQuietly(temp);
            }
        }
        return new LocalStagedBlob(temp, HexFormat.of().formatHex(sha256.digest()), size);
    }

    @Override
    public Optional<InputStream> get(String sha256) {
        try {
            return Optional.of(Files.newInputStream(pathOf(sha256)));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            // Never let a value that is not a hash become part of a path.
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private Path createStagingFile() {
        try {
            if (Files.notExists(staging)) {
                Files.createDirectories(staging);
                removeAbandonedStagingFiles();
            }
            return Files.createFile(staging.resolve(UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the staged file under its hash: fsync, atomic rename, fsync of the directory. */
    private void keep(Path temp, String sha256) {
        Path target = pathOf(sha256);
        try {
            if (Files.isRegularFile(target)) {
                // Identical content is already kept (and was made durable then).
                Files.delete(temp);
                return;
            }
            createDirectoriesDurably(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException sameContentMeanwhile) {
                Files.delete(temp);
            }
            fsyncDirectory(target.getParent());
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("The staging directory must be on the file system of " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDirectoriesDurably(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        createDirectoriesDurably(directory.getParent());
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        // A new directory's entry lives in its parent: sync the parent or the directory may vanish in a crash.
        fsyncDirectory(directory.getParent());
    }

    private static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private void removeAbandonedStagingFiles() {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, "*.part")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the staging directory {}", staging, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the staged file {}", file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private final class LocalStagedBlob implements StagedBlob {

        private final Path temp;
        private final String sha256;
        private final long sizeBytes;
        private boolean kept;

        LocalStagedBlob(Path temp, String sha256, long sizeBytes) {
            this.temp = temp;
            this.sha256 = sha256;
            this.sizeBytes = sizeBytes;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public long sizeBytes() {
            return sizeBytes;
        }

        @Override
        public InputStream open() {
            try {
                return Files.newInputStream(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void keep() {
            LocalDirectoryFileStore.this.keep(temp, sha256);
            kept = true;
        }

        @Override
        public void close() {
            if (!kept) {
                deleteQuietly(temp);
            }
        }
    }
}
