package vn.tinhso.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.files.check.ContentTypes;
import vn.tinhso.files.check.FileNames;
import vn.tinhso.files.jdbc.StoredFiles;
import vn.tinhso.files.scan.VirusScanner;
import vn.tinhso.files.storage.BlobStore;
import vn.tinhso.files.storage.FilesProperties;
import vn.tinhso.files.storage.StagedBlob;
import vn.tinhso.shared.Actor;

/**
 * Stores and reads attachments (tệp đính kèm) of dossiers.
 *
 * <p>Storing a file: the content is streamed aside while hashed and counted (refused past the size limit), its type
 * is detected from the bytes (refused unless the policy allows it), the virus scanner sees it, it is made durable
 * under its hash, and only then its metadata row and audit row are committed together. Once {@link #store} returns,
 * the file survives a crash.
 *
 * <p>Reads are not access-checked here: modules that hand out files (dossiers, the web API) decide who may see one.
 */
@Service
public class FileStore {

    private static final String AUDIT_TYPE = "StoredFile";

    private final BlobStore blobs;
    private final ContentTypes types;
    private final VirusScanner scanner;
    private final StoredFiles files;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final FilePolicy defaultPolicy;
    private final Clock clock = Clock.systemUTC();

    FileStore(BlobStore blobs, ContentTypes types, VirusScanner scanner, StoredFiles files, AuditLog audit,
            TransactionOperations transactions, FilesProperties properties) {
        this.blobs = blobs;
        this.types = types;
        this.scanner = scanner;
        this.files = files;
        this.audit = audit;
        this.transactions = transactions;
        this.defaultPolicy = new FilePolicy(properties.maxSize().toBytes(), properties.allowedTypes());
    }

    /** The platform's limits ({@code tinhso.files.max-size}, {@code tinhso.files.allowed-types}). */
    public FilePolicy defaultPolicy() {
        return defaultPolicy;
    }

    /** Stores a file under the platform's default policy. */
    public StoredFile store(String declaredName, InputStream content) {
        return store(declaredName, content, defaultPolicy);
    }

    /**
     * Stores a file under a procedure's own policy.
     *
     * @throws FileTooLarge          past the policy's size limit
     * @throws FileTypeNotAllowed    when the bytes are of a type the policy does not allow
     * @throws FileRejectedByScanner when the virus scanner finds malware
     * @throws FileScanUnavailable   when the configured scanner cannot be asked
     * @throws FileEmpty             when there is no content
     */
    public StoredFile store(String declaredName, InputStream content, FilePolicy policy) {
        String name = FileNames.sanitise(declaredName);
        String contentType;
        String sha256;
        long size;
        try (StagedBlob staged = blobs.stage(content, policy.maxBytes())) {
            if (staged.sizeBytes() == 0) {
                throw new FileEmpty(name);
            }
            contentType = types.detect(staged.open(), name);
            if (!policy.allows(contentType)) {
                throw new FileTypeNotAllowed(name, contentType);
            }
            scan(staged, name);
            staged.keep();
            sha256 = staged.sha256();
            size = staged.sizeBytes();
        }
        // PostgreSQL keeps microseconds: answer what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredFile file = new StoredFile(FileId.random(), name, contentType, size, sha256, now, Actor.current());
        // A crash between keeping the blob and this commit leaves an unreferenced blob, never a row without bytes.
        transactions.executeWithoutResult(status -> {
            files.add(file);
            audit.record("files.file.stored", AUDIT_TYPE, file.id().toString(), null, file);
        });
        return file;
    }

    /** A file's metadata. */
    public StoredFile describe(FileId id) {
        return files.find(id).orElseThrow(() -> new FileNotFound(id));
    }

    /** A file's content; the caller closes the stream. */
    public InputStream open(FileId id) {
        StoredFile file = describe(id);
        return blobs.get(file.sha256()).orElseThrow(() -> new IllegalStateException(
                "The content of file " + id + " (" + file.sha256() + ") is missing from the blob store"));
    }

    private void scan(StagedBlob staged, String name) {
        VirusScanner.ScanResult result;
        try (InputStream content = staged.open()) {
            result = scanner.scan(content, name);
        } catch (IOException e) {
            throw new FileScanUnavailable(e);
        }
        if (!result.clean()) {
            throw new FileRejectedByScanner(name, result.signature());
        }
    }
}
