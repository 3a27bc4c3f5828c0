package vn.tinhso.dossier;

import java.time.Instant;

/** What the applicant gets on intake (giấy tiếp nhận hồ sơ và hẹn trả kết quả): the code and the appointment. */
public record Receipt(String code, DossierStatus status, Instant receivedAt, Instant dueAt) {
}
