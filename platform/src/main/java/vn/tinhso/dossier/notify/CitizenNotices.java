package vn.tinhso.dossier.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.dossier.Applicant;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierReceived;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.DossierStatusChanged;
import vn.tinhso.notification.Notification;
import vn.tinhso.notification.Notifications;

/**
 * Tells the applicant of every change they may see — by e-mail and SMS when the dossier has the address or number.
 * It listens synchronously, inside the transaction that makes the change, and writes to the notification outbox:
 * a notice exists exactly when the change committed, and the outbox delivers it even across a crash.
 */
@Component
class CitizenNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Map<DossierStatus, String> STATUS = Map.of(
            DossierStatus.RECEIVED, "đã được tiếp nhận",
            DossierStatus.IN_PROGRESS, "đang được giải quyết",
            DossierStatus.WAITING_FOR_SUPPLEMENT, "cần bổ sung, hoàn thiện",
            DossierStatus.WAITING_FOR_PAYMENT, "chờ thực hiện nghĩa vụ tài chính",
            DossierStatus.PAUSED, "tạm dừng tính thời hạn",
            DossierStatus.REFUSED, "bị từ chối giải quyết",
            DossierStatus.RESULT_READY, "đã có kết quả",
            DossierStatus.RETURNED, "đã trả kết quả",
            DossierStatus.WITHDRAWN, "đã được rút theo yêu cầu",
            DossierStatus.CANCELLED, "đã bị hủy");

    private final Notifications notifications;
    private final DossierQueries queries;
    /** Vietnam's time zone, as the working-day calendar is configured. */
    private final ZoneId zone;

    CitizenNotices(Notifications notifications, DossierQueries queries, WorkingCalendar calendar) {
        this.notifications = notifications;
        this.queries = queries;
        this.zone = calendar.timeZone();
    }

    @EventListener
    void received(DossierReceived event) {
        String text = "Hồ sơ %s đã được tiếp nhận. Hẹn trả kết quả: %s.".formatted(event.code(),
                DATE.format(event.dueAt().atZone(zone)));
        send(event.code() + ":received", event.applicant(), event.code(), text);
    }

    @EventListener
    void changed(DossierStatusChanged event) {
        if (!event.visibleToCitizen()) {
            return;
        }
        var dossier = queries.dossier(event.code());
        String text = "Hồ sơ %s %s.".formatted(event.code(), STATUS.get(event.to()))
                + (event.reason() == null ? "" : " Lý do: " + event.reason() + ".")
                + " Hẹn trả kết quả: " + DATE.format(dossier.dueAt().atZone(zone)) + ".";
        send(event.code() + ":" + event.action() + ":" + event.at().toEpochMilli(), dossier.facts().applicant(),
                event.code(), text);
    }

    private void send(String key, Applicant applicant, String code, String text) {
        if (applicant.email() != null && !applicant.email().isBlank()) {
            notifications.enqueue(Notification.email(key + ":email", applicant.email(),
                    "Thông báo về hồ sơ " + code, text, code));
        }
        if (applicant.phone() != null && !applicant.phone().isBlank()) {
            notifications.enqueue(Notification.sms(key + ":sms", applicant.phone(), text, code));
        }
    }
}
