package vn.tinhso.simulators.population;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tinhso.simulators.data.Citizen;

/**
 * The answer to "is this person who they say they are" (xác thực thông tin công dân): whether the ID exists and
 * which of the given fields differ from the record. Names are compared after Unicode normalisation, ignoring case
 * and spacing, never ignoring accents: "Nguyễn Văn An" and "Nguyen Van An" are different names.
 */
public record Verification(String personalId, boolean found, boolean match, List<String> mismatches) {

    static Verification of(String personalId, Optional<Citizen> citizen, String fullName, LocalDate dateOfBirth) {
        if (citizen.isEmpty()) {
            return new Verification(personalId, false, false, List.of());
        }
        List<String> mismatches = new ArrayList<>();
        if (fullName == null || !normalise(fullName).equals(normalise(citizen.get().fullName()))) {
            mismatches.add("fullName");
        }
        if (dateOfBirth == null || !dateOfBirth.equals(citizen.get().dateOfBirth())) {
            mismatches.add("dateOfBirth");
        }
        return new Verification(personalId, true, mismatches.isEmpty(), List.copyOf(mismatches));
    }

    private static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.of("vi"));
    }
}
