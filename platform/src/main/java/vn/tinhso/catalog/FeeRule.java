package vn.tinhso.catalog;

import java.util.Set;

/**
 * One rule of the fee table (phí, lệ phí): an amount that applies when every condition holds. Empty conditions match
 * anything.
 *
 * @param kind           fee for a service (phí) or charge (lệ phí)
 * @param amountVnd      amount in đồng per basis unit
 * @param basis          what the amount is counted per
 * @param applicantTypes who pays it
 * @param area           urban ward or other area, or {@code null} for both
 * @param objectType     what is being registered (e.g. {@code RESIDENTIAL_LAND}, {@code LAND_AND_ASSETS})
 * @param channels       channels it applies to (online submission is often cheaper)
 * @param caseIds        cases it applies to
 * @param legalBasis     the decision that sets the amount, e.g. "QĐ 21/2014/QĐ-UBND"
 */
public record FeeRule(String name, Kind kind, long amountVnd, Basis basis, Set<ApplicantType> applicantTypes,
        AreaType area, String objectType, Set<Channel> channels, Set<String> caseIds, String legalBasis) {

    public FeeRule {
        if (amountVnd < 0) {
            throw new IllegalArgumentException("A fee is zero or more");
        }
        basis = basis == null ? Basis.PER_DOSSIER : basis;
        applicantTypes = applicantTypes == null ? Set.of() : Set.copyOf(applicantTypes);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        caseIds = caseIds == null ? Set.of() : Set.copyOf(caseIds);
    }

    boolean matches(QuoteRequest request) {
        return (applicantTypes.isEmpty() || applicantTypes.contains(request.applicantType()))
                && (area == null || area == request.area())
                && (objectType == null || objectType.equals(request.objectType()))
                && (channels.isEmpty() || channels.contains(request.channel()))
                && (caseIds.isEmpty() || caseIds.contains(request.caseId()));
    }

    /** Phí (fee for a service) or lệ phí (state charge). */
    public enum Kind {
        FEE,
        CHARGE
    }

    /** What an amount is counted per. */
    public enum Basis {
        /** Per dossier (hồ sơ). */
        PER_DOSSIER,
        /** Per item issued or handled (giấy chứng nhận, trang, bản sao...), times the quantity. */
        PER_ITEM
    }
}
