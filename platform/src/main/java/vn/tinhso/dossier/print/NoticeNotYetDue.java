package vn.tinhso.dossier.print;

import vn.tinhso.shared.Conflict;

/** A form asked for before the event it records (e.g. a refusal notice for a dossier that was not refused). */
class NoticeNotYetDue extends Conflict {

    NoticeNotYetDue(String code, String action) {
        super("dossier-notice-not-due", code, action);
    }
}
