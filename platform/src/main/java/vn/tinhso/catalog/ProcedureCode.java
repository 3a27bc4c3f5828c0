package vn.tinhso.catalog;

import java.util.regex.Pattern;

/**
 * Code of a procedure in the national procedure database (mã thủ tục), e.g. {@code 1.001193}; a province's own
 * procedures not yet in the national database use a local code of upper-case letters, digits, dots and dashes.
 */
public record ProcedureCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z][0-9A-Z.\\-]{2,39}");

    public ProcedureCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ProcedureCodeMalformed(value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
