package vn.tinhso.simulators.data;

import java.util.regex.Pattern;

/**
 * A 12-digit personal identification number (số định danh cá nhân, TT 59/2021/TT-BCA Art. 7): 3 digits for the
 * province where the birth was registered, 1 digit for century and sex (0/1 male/female born 1900-1999, 2/3 born
 * 2000-2099, 4/5 born 2100-2199), 2 digits for the year of birth, 6 random digits.
 */
public record PersonalIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    public PersonalIdNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A personal ID number has 12 digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches() && value.charAt(3) <= '5';
    }

    public static PersonalIdNumber of(String provinceCode, Sex sex, int birthYear, int serial) {
        int century = birthYear / 100 - 19;
        if (century < 0 || century > 2) {
            throw new IllegalArgumentException("Birth year outside 1900-2199: " + birthYear);
        }
        int centuryAndSex = century * 2 + (sex == Sex.FEMALE ? 1 : 0);
        return new PersonalIdNumber("%s%d%02d%06d".formatted(provinceCode, centuryAndSex, birthYear % 100, serial));
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    public Sex sex() {
        return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    public int birthYear() {
        int century = (value.charAt(3) - '0') / 2;
        return 1900 + century * 100 + Integer.parseInt(value.substring(4, 6));
    }

    @Override
    public String toString() {
        return value;
    }
}
