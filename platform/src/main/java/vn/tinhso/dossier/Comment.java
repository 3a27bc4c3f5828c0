package vn.tinhso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * An officer's comment on a dossier (ý kiến xử lý). Internal comments and their files stay among staff; a visible
 * one is shown to the citizen in the lookup.
 *
 * @param fileIds stored files attached to the comment (the files module's ids)
 */
public record Comment(long id, Instant at, String author, String text, boolean visibleToCitizen,
        List<String> fileIds) {
}
