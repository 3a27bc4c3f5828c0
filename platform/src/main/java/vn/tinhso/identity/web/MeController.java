package vn.tinhso.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.identity.AccessPolicy;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.ProtectedAction;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.mfa.SecondFactorRejected;
import vn.tinhso.identity.mfa.SecondFactors;
import vn.tinhso.identity.password.PasswordPolicy;

/** The signed-in person's own account: who they are here, their second factors, their password. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "Tài khoản của tôi: vai trò, đơn vị, mức độ bảo đảm, xác thực hai yếu tố")
class MeController {

    private final AccessPolicy policy;
    private final SecondFactors factors;
    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;

    MeController(AccessPolicy policy, SecondFactors factors, Accounts accounts, PasswordPolicy passwords,
            PasswordEncoder encoder) {
        this.policy = policy;
        this.factors = factors;
        this.accounts = accounts;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    @GetMapping
    @Operation(summary = "Who I am: roles, units, the account's assurance level and how this session signed in")
    Me me() {
        CurrentUser user = policy.currentUser();
        return new Me(user.username(), user.displayName(), user.kind().name(), user.personalId(),
                new TreeSet<>(user.roles().stream().map(Enum::name).toList()), new TreeSet<>(user.agencies()),
                user.accountLevel().label(), new TreeSet<>(user.authenticationMethods()), user.factors(),
                factors.hasTotp(user.username()));
    }

    @PostMapping("/authorizations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "May I do this now? 204, or 403 naming the rule and what is missing (second factor, level)")
    void mayI(@RequestBody Question question) {
        if (question == null || question.action() == null) {
            throw new SecondFactorRejected("action-missing");
        }
        policy.require(question.action(), question.onlineMode());
    }

    @PostMapping("/totp")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start adding an authenticator app: the secret and an otpauth:// URI for a QR code")
    SecondFactors.Enrolment enrolTotp() {
        return factors.enrolTotp(policy.currentUser().username());
    }

    @PostMapping("/totp/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Finish adding the authenticator app with its first code")
    void confirmTotp(@RequestBody Code body) {
        factors.confirmTotp(policy.currentUser().username(), body.code());
    }

    @PostMapping("/one-time-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send me a one-time code by SMS or e-mail (good once, five minutes), for X-TinhSo-OTP")
    Sent sendCode(@RequestBody CodeRequest body) {
        if (body == null || body.channel() == null) {
            throw new SecondFactorRejected("channel-missing");
        }
        return new Sent(factors.sendCode(policy.currentUser().username(), body.channel()));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password: the current one, and a new one that passes the password rules")
    void changePassword(@RequestBody PasswordChange body) {
        CurrentUser user = policy.currentUser();
        String hash = accounts.passwordHash(user.username()).orElseThrow();
        if (body == null || body.current() == null || !encoder.matches(body.current(), hash)) {
            throw new SecondFactorRejected("current-password-wrong");
        }
        passwords.check(body.next(), user.username(), user.personalId());
        accounts.changePassword(user.username(), encoder.encode(body.next()));
    }

    record Me(String username, String displayName, String kind, String personalId, Set<String> roles,
            Set<String> agencies, String accountLevel, Set<String> authenticationMethods, int factors,
            boolean authenticatorApp) {
    }

    record Question(ProtectedAction action, OnlineMode onlineMode) {
    }

    record Code(String code) {
    }

    record CodeRequest(SecondFactors.Channel channel) {
    }

    record Sent(String sentTo) {
    }

    record PasswordChange(String current, String next) {
    }
}
