package vn.tinhso.workflow;

/**
 * What an officer decides when completing a task.
 *
 * @param decision {@link Verdict#APPROVE} to move on; {@link Verdict#RETURN} only at the leader's approval step,
 *                 sending the dossier back to the step before it
 * @param comment  the officer's note; the reason, required when returning
 */
public record Decision(Verdict decision, String comment) {

    public Decision {
        decision = decision == null ? Verdict.APPROVE : decision;
    }

    public boolean returns() {
        return decision == Verdict.RETURN;
    }

    /** Đồng ý / trả lại bước trước. */
    public enum Verdict {
        APPROVE, RETURN
    }
}
