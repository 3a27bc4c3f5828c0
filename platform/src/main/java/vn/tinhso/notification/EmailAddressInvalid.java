package vn.tinhso.notification;

import vn.tinhso.shared.InvalidInput;

/** The recipient of an e-mail is not an address an SMTP server would accept. */
public class EmailAddressInvalid extends InvalidInput {

    public EmailAddressInvalid(String address) {
        super("email-address-invalid", String.valueOf(address));
    }
}
