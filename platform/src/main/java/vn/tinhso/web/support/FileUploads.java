package vn.tinhso.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.StoredFile;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Tải tệp lên from a page: the browser sends the file's bytes as the request body (so it can show the progress of
 * a slow upload), the file store checks, hashes and keeps it, and the page gets the file id to put in its form.
 * Signed-in users only; what a file may be attached to is decided by the page that receives the id.
 */
@Controller
class FileUploads {

    private final FileStore files;
    private final ProblemResponses problems;

    FileUploads(FileStore files, ProblemResponses problems) {
        this.files = files;
        this.problems = problems;
    }

    // The pages' own upload (session and CSRF token), not part of the API: /api/v1/files is.
    @io.swagger.v3.oas.annotations.Hidden
    @PostMapping("/tep-tin")
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@RequestParam("ten") String name, HttpServletRequest request)
            throws IOException {
        try {
            StoredFile stored = files.store(name, request.getInputStream());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("fileId", stored.id().toString(),
                    "name", stored.name(), "sizeBytes", stored.sizeBytes()));
        } catch (Problem refused) {
            var problem = problems.of(refused, request);
            return ResponseEntity.status(problem.getStatus()).body(Map.of("error", problem.getDetail()));
        }
    }
}
