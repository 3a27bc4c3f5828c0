package vn.tinhso.organization;

import vn.tinhso.shared.InvalidInput;

/** An agency code breaks the QCVN 102 / QĐ 20/2020 rules: at most 35 characters of {@code 0-9}, {@code A-Z}, dots. */
public class AgencyCodeMalformed extends InvalidInput {

    public AgencyCodeMalformed(String value) {
        super("agency-code-malformed", String.valueOf(value));
    }
}
