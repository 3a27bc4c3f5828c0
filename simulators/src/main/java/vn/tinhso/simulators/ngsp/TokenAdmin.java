package vn.tinhso.simulators.ngsp;

import org.springframework.stereotype.Component;

/** Lets the admin panel end every issued token, to exercise clients' handling of expired tokens. */
@Component
public class TokenAdmin {

    private final Tokens tokens;

    TokenAdmin(Tokens tokens) {
        this.tokens = tokens;
    }

    public void expireAll() {
        tokens.expireAll();
    }
}
