package vn.tinhso.notification;

import vn.tinhso.shared.InvalidInput;

/** The recipient of an SMS is not a Vietnamese mobile number ({@code 0xxxxxxxxx} or {@code +84xxxxxxxxx}). */
public class MobileNumberInvalid extends InvalidInput {

    public MobileNumberInvalid(String number) {
        super("mobile-number-invalid", String.valueOf(number));
    }
}
