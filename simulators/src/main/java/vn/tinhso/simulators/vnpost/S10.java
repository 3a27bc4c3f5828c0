package vn.tinhso.simulators.vnpost;

/**
 * UPU S10 item codes as VNPost prints them (số hiệu bưu gửi): 2 letters, 8 digits, a check digit (weights
 * 8 6 4 2 3 5 9 7; 11 minus the sum modulo 11, 10 becoming 0 and 11 becoming 5) and the country code VN.
 */
public final class S10 {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private S10() {
    }

    public static String itemCode(String prefix, int serial) {
        String digits = "%08d".formatted(serial % 100_000_000);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return prefix + digits + check + "VN";
    }
}
