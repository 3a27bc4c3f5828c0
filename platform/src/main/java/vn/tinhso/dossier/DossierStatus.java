package vn.tinhso.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands (trạng thái hồ sơ). */
public enum DossierStatus {
    /** Đã tiếp nhận: received, receipt slip issued. */
    RECEIVED,
    /** Đang xử lý: with a processing unit. */
    IN_PROGRESS,
    /** Chờ bổ sung: the applicant must supplement; the clock is paused. */
    WAITING_FOR_SUPPLEMENT,
    /** Chờ thực hiện nghĩa vụ tài chính: the applicant must pay; the clock is paused. */
    WAITING_FOR_PAYMENT,
    /** Tạm dừng: a period the procedure excludes from the time limit (e.g. tax determination). */
    PAUSED,
    /** Từ chối giải quyết. */
    REFUSED,
    /** Có kết quả: the result is ready to be returned. */
    RESULT_READY,
    /** Đã trả kết quả. */
    RETURNED,
    /** Công dân rút hồ sơ. */
    WITHDRAWN,
    /** Hủy (e.g. entered by mistake). */
    CANCELLED;

    /** Statuses in which the deadline clock does not run. */
    static final Set<DossierStatus> CLOCK_STOPPED = EnumSet.of(WAITING_FOR_SUPPLEMENT, WAITING_FOR_PAYMENT, PAUSED);

    /** Statuses after which nothing more happens. */
    static final Set<DossierStatus> FINAL = EnumSet.of(REFUSED, RETURNED, WITHDRAWN, CANCELLED);

    public boolean clockStopped() {
        return CLOCK_STOPPED.contains(this);
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
