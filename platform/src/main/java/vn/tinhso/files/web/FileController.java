package vn.tinhso.files.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileNotFound;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.StoredFile;

/**
 * Uploading and downloading attachments. Any signed-in user may upload; a file is readable by its uploader and by
 * staff ({@link FileReaders}) — anyone else is told it does not exist.
 */
@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files", description = "Tệp đính kèm hồ sơ: tải lên, tải về")
class FileController {

    static final String FILE_NAME_HEADER = "X-File-Name";
    private static final String FILE_FIELD = "file";

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @PostMapping
    @Operation(summary = "Upload a file: multipart/form-data with a 'file' field, or the bytes as the body with "
            + "the name in X-File-Name (UTF-8, percent-encoded). The type is detected from the content.")
    ResponseEntity<StoredFile> upload(HttpServletRequest request,
            @Parameter(description = "The file name, for a raw-body upload")
            @RequestHeader(name = FILE_NAME_HEADER, required = false) String fileName) throws IOException {
        Object multipart = request.getAttribute(StreamingUploadFilter.MULTIPART_CONTENT_TYPE);
        StoredFile stored = multipart != null
                ? storeFilePart(request.getInputStream(), (String) multipart)
                : files.store(decoded(Optional.ofNullable(fileName).orElseThrow(FileNameMissing::new)),
                        request.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id())).body(stored);
    }

    @GetMapping("/{id}/metadata")
    @Operation(summary = "Name, detected type, size, SHA-256, when and by whom a file was stored")
    StoredFile metadata(@PathVariable String id, Authentication reader) {
        return readable(id, reader);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download a file, with its detected content type, as an attachment")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, Authentication reader) {
        StoredFile file = readable(id, reader);
        InputStream content = files.open(file.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .eTag("\"" + file.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.name()))
                // Uploaded content is untrusted: no sniffing it into HTML, no scripts if a browser renders it.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Repr-Digest", "sha-256=:" + base64(file.sha256()) + ":")
                .body(new InputStreamResource(content));
    }

    private StoredFile storeFilePart(InputStream body, String contentType) throws IOException {
        MultipartReader reader = new MultipartReader(body, boundaryOf(contentType));
        for (Optional<MultipartReader.Part> part = reader.next(); part.isPresent(); part = reader.next()) {
            Map<String, String> disposition = DispositionHeader.parameters(part.get().header("Content-Disposition"));
            if (FILE_FIELD.equals(disposition.get("name"))) {
                String name = Optional.ofNullable(disposition.get("filename*")).orElse(disposition.get("filename"));
                return files.store(name, part.get().content());
            }
        }
        throw new FilePartMissing();
    }

    private StoredFile readable(String id, Authentication reader) {
        FileId fileId = FileId.of(id);
        StoredFile file = files.describe(fileId);
        if (!FileReaders.mayRead(file, reader)) {
            throw new FileNotFound(fileId);
        }
        return file;
    }

    private static String boundaryOf(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).getParameter("boundary") instanceof String boundary
                    ? unquoted(boundary) : null;
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            throw new MultipartMalformed();
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Header values are ASCII: names travel percent-encoded ("h%E1%BB%93%20s%C6%A1.pdf"). */
    private static String decoded(String headerValue) {
        try {
            return URLDecoder.decode(headerValue.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            return headerValue;
        }
    }

    private static String base64(String hex) {
        return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
    }
}
