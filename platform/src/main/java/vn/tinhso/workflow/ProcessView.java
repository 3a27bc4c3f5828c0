package vn.tinhso.workflow;

import java.util.List;

/**
 * Where a dossier's process stands.
 *
 * @param processKey the process definition it follows ({@code proc_STG-DD-001_v1})
 * @param ended      whether every step is done
 * @param openSteps  the steps open now, several at once inside a parallel group
 */
public record ProcessView(String dossierCode, String processKey, boolean ended, List<TaskView> openSteps) {
}
