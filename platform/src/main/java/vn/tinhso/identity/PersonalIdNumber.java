package vn.tinhso.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Số định danh cá nhân: twelve digits — three for the province where the birth was registered, one for century and
 * sex, two for the year of birth, six random (Nghị định 137/2015/NĐ-CP Điều 13). The province codes are data
 * ({@code identity/birth-provinces.csv}).
 */
public record PersonalIdNumber(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{12}");
    private static final Map<String, String> PROVINCES = loadProvinces();

    public PersonalIdNumber {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new PersonalIdInvalid(value, "format");
        }
        if (!PROVINCES.containsKey(value.substring(0, 3))) {
            throw new PersonalIdInvalid(value, "province");
        }
    }

    /** Checks the number against the holder's date of birth: the century/sex digit and the two year digits. */
    public static PersonalIdNumber of(String value, LocalDate birthDate) {
        PersonalIdNumber number = new PersonalIdNumber(value);
        if (birthDate != null && number.birthYearMatches(birthDate.getYear())) {
            return number;
        }
        throw new PersonalIdInvalid(value, birthDate == null ? "birth-date-missing" : "birth-year");
    }

    /** The province where the birth was registered. */
    public String birthProvince() {
        return PROVINCES.get(value.substring(0, 3));
    }

    /** 0/1: 20th century, 2/3: 21st, 4/5: 22nd, ... — even for men, odd for women. */
    public int century() {
        return 20 + (value.charAt(3) - '0') / 2;
    }

    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    public boolean birthYearMatches(int year) {
        int twoDigits = Integer.parseInt(value.substring(4, 6));
        return (century() - 1) * 100 + twoDigits == year;
    }

    private static Map<String, String> loadProvinces() {
        try (InputStream in = PersonalIdNumber.class.getResourceAsStream("/identity/birth-provinces.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                    .filter(line -> !line.isBlank()).map(line -> line.split(",", 2))
                    .collect(Collectors.toUnmodifiableMap(parts -> parts[0], parts -> parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
