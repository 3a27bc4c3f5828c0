package vn.tinhso.dossier;

import java.time.Instant;

/**
 * A result of a settled dossier (kết quả giải quyết TTHC) in the applicant's result store, reusable as a document of
 * a later dossier ("provide once").
 *
 * @param code {@code <dossier code>-KQ<n>} (NĐ 45/2020/NĐ-CP Art. 14 cl. 3)
 */
public record ResultDocument(String code, String dossierCode, String applicantId, String name, String fileId,
        Instant issuedAt) {
}
