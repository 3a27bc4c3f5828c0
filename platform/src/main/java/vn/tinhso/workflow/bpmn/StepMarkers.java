package vn.tinhso.workflow.bpmn;

/**
 * How a generated user task says what kind of step it is, in its {@code flowable:category}, and the variables the
 * generated processes read.
 */
public final class StepMarkers {

    /** A step inside the unit. */
    public static final String INTERNAL = "internal";
    /** A request to another agency (liên thông) that answers within its own deadline. */
    public static final String INTER_AGENCY = "inter-agency";
    /** The leader's approval (phê duyệt), which may send the dossier back. */
    public static final String APPROVAL = "approval";

    /** Process variable: the verdict of the last completed task, {@code APPROVE} or {@code RETURN}. */
    public static final String DECISION = "decision";
    /** Process variable: the dossier's code (also the business key). */
    public static final String DOSSIER_CODE = "dossierCode";
    /** Process variable: the dossier's appointment, the due date of the default single step. */
    public static final String DOSSIER_DUE_AT = "dossierDueAt";

    /** Task ids of generated steps: {@code step_} and the catalogue's order. */
    public static final String STEP_PREFIX = "step_";

    private StepMarkers() {
    }
}
