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

    /** Process variable set by each completion: the last task's verdict, {@code APPROVE} or {@code RETURN}. */
    public static final String DECISION = "decision";
    /** Process variable: the dossier's code (also the business key). */
    public static final String DOSSIER_CODE = "dossierCode";
    /** Process variable: the dossier's appointment, the due date of the default single step. */
    public static final String DOSSIER_DUE_AT = "dossierDueAt";

    /** The namespace of Tỉnh Số's own attributes on BPMN elements ({@code tinhso:excludedPeriod}...). */
    public static final String NAMESPACE = "https://tinhso.vn/bpmn";
    /** Its usual prefix. */
    public static final String PREFIX = "tinhso";
    /**
     * User task attribute: the id of the procedure's excluded period the step's time belongs to; the dossier's clock
     * stops while such a step is open.
     */
    public static final String EXCLUDED_PERIOD = "excludedPeriod";
    /** User task attribute, {@code true}: the step is completed only after the payment proof is recorded. */
    public static final String PAYMENT_PROOF = "paymentProof";
    /** Task-local variable set when the step's due date has passed (by {@code StepEscalations}). */
    public static final String OVERDUE = "overdue";
    /** The candidate group an overdue step is escalated to, besides its own unit. */
    public static final String ESCALATION_GROUP = "LEADER";

    /** Task ids of generated steps: {@code step_} and the catalogue's order. */
    public static final String STEP_PREFIX = "step_";

    private StepMarkers() {
    }
}
