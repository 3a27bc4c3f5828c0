package vn.tinhso.notification;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises recipients, so a message that can never be delivered is refused at the door. */
final class Recipients {

    // Deliberately plain: local part and domain labels an SMTP server accepts without quoting.
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Vietnamese mobile numbers: nine digits after the country code, starting 3, 5, 7, 8 or 9. */
    private static final Pattern MOBILE = Pattern.compile("(?:0|\\+84|84)([35789][0-9]{8})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final int MAX_EMAIL_LENGTH = 254;

    private Recipients() {
    }

    static String emailAddress(String address) {
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new EmailAddressInvalid(address);
        }
        int at = trimmed.lastIndexOf('@');
        // The domain is case-insensitive; the local part is not, so it is kept as written.
        return trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    /** {@code 0912 345 678}, {@code +84912345678} and {@code 84912345678} all become {@code +84912345678}. */
    static String mobileNumber(String number) {
        String compact = number == null ? "" : SEPARATORS.matcher(number).replaceAll("");
        var matcher = MOBILE.matcher(compact);
        if (!matcher.matches()) {
            throw new MobileNumberInvalid(number);
        }
        return "+84" + matcher.group(1);
    }
}
