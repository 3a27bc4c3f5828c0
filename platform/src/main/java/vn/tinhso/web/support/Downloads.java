package vn.tinhso.web.support;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.StoredFile;

/** Answers that hand a file or a PDF to the browser, with its name in Vietnamese intact. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    public static ResponseEntity<InputStreamResource> file(FileStore files, String fileId) {
        FileId id = FileId.of(fileId);
        StoredFile stored = files.describe(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.name(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(files.open(id)));
    }
}
