package vn.tinhso.catalog;

import java.util.List;

/**
 * A document the applicant submits or shows (thành phần hồ sơ).
 *
 * @param id           stable identifier within the procedure version, used by the completeness check
 * @param name         as published
 * @param originals    number of originals (bản chính)
 * @param copies       number of copies (bản sao)
 * @param mandatory    whether a dossier without it is incomplete
 * @param toShow       shown for comparison (xuất trình) rather than handed in (nộp)
 * @param formTemplate file name of the form to fill in (mẫu đơn, tờ khai), if any
 * @param caseIds      the cases that need it; empty means every case
 */
public record RequiredDocument(String id, String name, int originals, int copies, boolean mandatory, boolean toShow,
        String formTemplate, List<String> caseIds) {

    public RequiredDocument {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    public boolean appliesTo(String caseId) {
        return caseIds.isEmpty() || caseIds.contains(caseId);
    }
}
