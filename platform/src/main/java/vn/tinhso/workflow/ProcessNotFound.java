package vn.tinhso.workflow;

import vn.tinhso.shared.NotFound;

/** The dossier has no process (it was received before the workflow existed). */
public class ProcessNotFound extends NotFound {

    public ProcessNotFound(String dossierCode) {
        super("workflow-process-not-found", dossierCode);
    }
}
