package vn.tinhso.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.notification.NotificationStatus;
import vn.tinhso.notification.outbox.NotificationView;
import vn.tinhso.notification.outbox.OutboxAdministration;

/** The operators' view of the outbox (system administrators): what was sent, what is stuck, and a second chance. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications (operators)", description = "Theo dõi và gửi lại thông báo e-mail, SMS")
class NotificationController {

    private final OutboxAdministration administration;

    NotificationController(OutboxAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Notifications, newest first, by status and/or dossier code (at most 500)")
    List<NotificationView> find(@RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) String dossierCode) {
        return administration.find(status, dossierCode);
    }

    @PostMapping("/{id}/requeue")
    @Operation(summary = "Put a FAILED or DEAD notification back in the queue with fresh attempts (audited)")
    NotificationView requeue(@PathVariable long id) {
        return administration.requeue(id);
    }
}
