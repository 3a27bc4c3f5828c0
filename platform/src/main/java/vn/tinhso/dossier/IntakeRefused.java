package vn.tinhso.dossier;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** Intake that the procedure or the agency cannot take, for a reason other than the applicant's documents. */
public class IntakeRefused extends Problem {

    private IntakeRefused(String code, HttpStatus status, Object... arguments) {
        super(code, status, arguments);
    }

    static IntakeRefused notOfferedBy(String procedure, String agency) {
        return new IntakeRefused("procedure-not-offered-by-agency", HttpStatus.BAD_REQUEST, procedure, agency);
    }

    static IntakeRefused noTimeLimit(String procedure) {
        return new IntakeRefused("procedure-time-limit-missing", HttpStatus.CONFLICT, procedure);
    }

    static IntakeRefused dailyNumbersExhausted(String agency) {
        return new IntakeRefused("dossier-daily-numbers-exhausted", HttpStatus.CONFLICT, agency);
    }

    static IntakeRefused changedConcurrently(String code) {
        return new IntakeRefused("dossier-changed-concurrently", HttpStatus.CONFLICT, code);
    }
}
