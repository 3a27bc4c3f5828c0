package vn.tinhso.catalog;

import java.math.BigDecimal;

/**
 * One step of the internal process (quy trình nội bộ): who does what within which time budget. The workflow module
 * turns the steps into a BPMN process.
 *
 * @param order         position; steps with the same {@code parallelGroup} run side by side
 * @param unitType      the kind of unit responsible (one-stop counter, land registration office, tax...)
 * @param workingDays   the time budget of the step
 * @param interAgency   whether the step is a request to another agency that answers within its own deadline
 * @param parallelGroup steps sharing a non-null group run in parallel
 * @param excludedPeriod the id of the procedure's excluded period this step's time belongs to (e.g. the tax
 *                      agency's determination of obligations): the dossier's clock stops while the step is open
 * @param paymentProofRequired the step may be completed only after the applicant's payment of their financial
 *                      obligations has been recorded (e.g. handing over a land certificate)
 */
public record ProcessingStep(int order, String name, String unitType, BigDecimal workingDays, boolean interAgency,
        String parallelGroup, String description, String excludedPeriod, boolean paymentProofRequired) {

    /** A step of the procedure's own time, without a gate. */
    public ProcessingStep(int order, String name, String unitType, BigDecimal workingDays, boolean interAgency,
            String parallelGroup, String description) {
        this(order, name, unitType, workingDays, interAgency, parallelGroup, description, null, false);
    }
}
