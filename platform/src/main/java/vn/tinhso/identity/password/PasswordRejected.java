package vn.tinhso.identity.password;

import vn.tinhso.shared.InvalidInput;

/** A new password breaks a rule: too short, on the breached list, contains the account name. 400. */
public class PasswordRejected extends InvalidInput {

    public PasswordRejected(String rule, int minLength) {
        super("password-rejected-" + rule, minLength);
    }
}
