package vn.tinhso.dossier;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.dossier.jdbc.JdbcComments;
import vn.tinhso.dossier.jdbc.JdbcDossiers;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileStore;
import vn.tinhso.shared.Actor;

/**
 * Officers' comments on a dossier (ý kiến xử lý), with their files. Internal ones are the staff's working notes and
 * papers; visible ones are addressed to the citizen and appear in the public lookup.
 */
@Service
public class DossierComments {

    static final int MAX_TEXT = 4000;

    private final JdbcDossiers dossiers;
    private final JdbcComments comments;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final DossierAccess access;

    DossierComments(JdbcDossiers dossiers, JdbcComments comments, FileStore files, AuditLog audit, Clock clock,
            DossierAccess access) {
        this.access = access;
        this.dossiers = dossiers;
        this.comments = comments;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Comment add(String code, String text, boolean visibleToCitizen, List<String> fileIds) {
        DossierCode dossierCode = new DossierCode(code);
        access.check(dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code)));
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new CommentInvalid(code, MAX_TEXT);
        }
        List<String> attached = fileIds == null ? List.of() : List.copyOf(fileIds);
        attached.forEach(id -> files.describe(FileId.of(id)));
        Comment comment = comments.add(code, clock.instant(), Actor.current(), trimmed, visibleToCitizen, attached);
        audit.record("dossier.comment-added", "Dossier", code, null,
                Map.of("commentId", comment.id(), "visibleToCitizen", visibleToCitizen, "files", attached));
        return comment;
    }

    /** Every comment, for staff. */
    @Transactional(readOnly = true)
    public List<Comment> of(String code) {
        access.check(dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code)));
        return comments.of(code, false);
    }
}
