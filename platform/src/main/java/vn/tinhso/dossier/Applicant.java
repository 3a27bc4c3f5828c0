package vn.tinhso.dossier;

import java.util.regex.Pattern;

/**
 * The person or organisation applying (người nộp / tổ chức, cá nhân yêu cầu), or the person submitting on their
 * behalf.
 *
 * @param kind     a citizen or an organisation
 * @param idNumber the 12-digit personal identification number, or the enterprise code (mã số doanh nghiệp)
 */
public record Applicant(Kind kind, String fullName, String idNumber, String address, String phone, String email) {

    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern ENTERPRISE_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

    public Applicant {
        kind = kind == null ? Kind.PERSON : kind;
        if (fullName == null || fullName.isBlank()) {
            throw new ApplicantInvalid("fullName");
        }
        Pattern idFormat = kind == Kind.PERSON ? PERSONAL_ID : ENTERPRISE_CODE;
        if (idNumber == null || !idFormat.matcher(idNumber).matches()) {
            throw new ApplicantInvalid("idNumber");
        }
    }

    /** Cá nhân or tổ chức. */
    public enum Kind {
        PERSON,
        ORGANIZATION
    }
}
