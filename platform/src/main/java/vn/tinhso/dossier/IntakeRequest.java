package vn.tinhso.dossier;

import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.tinhso.catalog.Channel;

/**
 * A dossier as handed in: online by the applicant, or at the counter / by post entered by an officer.
 *
 * @param agencyCode the receiving agency (QCVN 102 code); it must implement the procedure
 * @param submitter  the person handing it in, when not the applicant (người được ủy quyền)
 * @param formData   the e-form data, validated against the procedure case's form
 */
public record IntakeRequest(String procedureCode, String caseId, String agencyCode, Channel channel,
        Applicant applicant, Applicant submitter, DeliveryMethod delivery, JsonNode formData,
        List<ReceivedDocument> documents) {

    public IntakeRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
        channel = channel == null ? Channel.COUNTER : channel;
        delivery = delivery == null ? DeliveryMethod.COUNTER : delivery;
    }
}
