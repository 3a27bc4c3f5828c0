package vn.tinhso.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash ({@code kill -9}, power cut) the embedded PostgreSQL, a daemon of its own, can outlive the JVM
 * that started it and keep the data directory locked. This finds such an orphan and stops it cleanly, so the next
 * start simply works and PostgreSQL's own recovery replays the write-ahead log.
 *
 * <p>The running platform holds an exclusive lock on {@code epg-lock} in the data directory; the operating system
 * drops it when that JVM dies. A postmaster whose directory lock can be taken therefore has no living owner.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final String OWNER_LOCK = "epg-lock";

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock owner = channel.tryLock()) {
            if (owner == null) {
                throw new IllegalStateException("The data directory " + dataDir
                        + " is in use by another running Tỉnh Số process; give each node its own directory or a "
                        + "shared external PostgreSQL (TINHSO_DB_URL)");
            }
            postmasterPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .ifPresent(StalePostmaster::stop);
        }
    }

    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(lines.getFirst().strip()));
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a process that did not shut down",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: smart shutdown; its clients are gone with the dead JVM.
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            postmaster.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
