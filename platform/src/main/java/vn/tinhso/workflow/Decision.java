package vn.tinhso.workflow;

import java.util.List;

/**
 * What an officer decides when completing a task.
 *
 * @param decision {@link Verdict#APPROVE} to move on; {@link Verdict#RETURN} only at the leader's approval step,
 *                 sending the dossier back to the step before it
 * @param comment  the officer's note (for an inter-agency step: the other agency's reply); the reason, required when
 *                 returning. Kept with the dossier's comments
 * @param visibleToCitizen whether the comment is addressed to the citizen (shown in the lookup) or internal
 * @param fileIds  stored files attached to the comment: working papers, the other agency's written reply
 * @param returnTo with {@code RETURN}: the earlier step to send the dossier back to ({@code step_3}); without it,
 *                 only the leader's approval step returns, to the step before it
 */
public record Decision(Verdict decision, String comment, boolean visibleToCitizen, List<String> fileIds,
        String returnTo) {

    public Decision {
        decision = decision == null ? Verdict.APPROVE : decision;
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    /** An internal note without files. */
    public Decision(Verdict decision, String comment) {
        this(decision, comment, false, List.of(), null);
    }

    public boolean returns() {
        return decision == Verdict.RETURN;
    }

    /** Đồng ý / trả lại bước trước. */
    public enum Verdict {
        APPROVE, RETURN
    }
}
