package vn.tinhso.dossier;

import java.util.List;
import java.util.Map;
import vn.tinhso.shared.InvalidInput;

/**
 * Mandatory documents are missing: the dossier cannot be received. The officer gives the applicant one-time written
 * guidance listing all of them (hướng dẫn một lần bằng văn bản).
 */
public class DossierIncomplete extends InvalidInput {

    private final transient List<String> missing;

    public DossierIncomplete(List<String> missing) {
        super("dossier-incomplete", missing.size());
        this.missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("missingDocuments", missing);
    }
}
