package vn.tinhso.notification.outbox;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.notification.NotificationNotFound;
import vn.tinhso.notification.NotificationNotRequeueable;
import vn.tinhso.notification.NotificationStatus;

/** What operators do with the outbox: look into it, and give failed messages another chance (audited). */
@Service
public class OutboxAdministration {

    private static final int MAX_LISTED = 500;

    private final Outbox outbox;
    private final AuditLog audit;

    OutboxAdministration(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Newest first, at most {@value #MAX_LISTED}; {@code null} filters match everything. */
    @Transactional(readOnly = true)
    public List<NotificationView> find(NotificationStatus status, String dossierCode) {
        return outbox.find(status, dossierCode, MAX_LISTED);
    }

    @Transactional
    public NotificationView requeue(long id) {
        NotificationView before = outbox.find(id).orElseThrow(() -> new NotificationNotFound(id));
        if (!outbox.requeue(id)) {
            throw new NotificationNotRequeueable(id, before.status());
        }
        NotificationView after = outbox.find(id).orElseThrow();
        audit.record("notification.requeued", "Notification", String.valueOf(id), summary(before), summary(after));
        return after;
    }

    private static Map<String, Object> summary(NotificationView view) {
        return Map.of("status", view.status(), "attempts", view.attempts(),
                "lastError", String.valueOf(view.lastError()));
    }
}
