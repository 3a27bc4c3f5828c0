package vn.tinhso.catalog;

/**
 * What determines the fee and time of one application.
 *
 * @param caseId        the case chosen, or {@code null} when the procedure has one
 * @param applicantType who applies
 * @param area          where (urban ward or not)
 * @param objectType    what is registered, when the fee table distinguishes it
 * @param quantity      number of items for per-item fees (certificates, pages, copies); at least 1
 * @param channel       how the dossier is submitted
 */
public record QuoteRequest(String caseId, ApplicantType applicantType, AreaType area, String objectType,
        int quantity, Channel channel) {

    public QuoteRequest {
        quantity = Math.max(quantity, 1);
        channel = channel == null ? Channel.COUNTER : channel;
    }
}
