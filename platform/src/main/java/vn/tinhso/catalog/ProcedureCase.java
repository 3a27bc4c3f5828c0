package vn.tinhso.catalog;

import java.util.List;

/**
 * A case of a procedure (trường hợp) that changes the documents, the time limit or the fee — e.g. the first-time
 * land-use certificate for an organisation versus for a household.
 *
 * @param applicantTypes who this case is for; empty means anyone
 */
public record ProcedureCase(String id, String name, String description, List<ApplicantType> applicantTypes) {

    public ProcedureCase {
        applicantTypes = applicantTypes == null ? List.of() : List.copyOf(applicantTypes);
    }
}
