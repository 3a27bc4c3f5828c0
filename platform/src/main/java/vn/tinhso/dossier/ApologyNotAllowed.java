package vn.tinhso.dossier;

import vn.tinhso.shared.Conflict;

/**
 * An apology with a new appointment date is given at most once and before the appointment has passed, with a later
 * date (NĐ 61/2018 practice: "việc hẹn lại ngày trả kết quả được thực hiện không quá một lần").
 */
public class ApologyNotAllowed extends Conflict {

    public ApologyNotAllowed(String code, String why) {
        super("dossier-apology-not-allowed", code, why);
    }
}
