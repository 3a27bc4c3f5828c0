package vn.tinhso.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.PersonalIdNumber;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.jdbc.AccountRecord;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.mfa.SecondFactorRejected;
import vn.tinhso.identity.password.PasswordPolicy;
import vn.tinhso.identity.policy.Profiles;
import vn.tinhso.shared.Conflict;
import vn.tinhso.shared.NotFound;

/**
 * Accounts: a citizen's online registration (AS-2: self-declared), raising an account's level after a check at the
 * counter (AS-4) or against the population database (AS-3), and an administrator's disable and unlock.
 */
@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Accounts", description = "Tài khoản: đăng ký, xác minh (mức độ bảo đảm), khóa, vô hiệu hóa")
class AccountController {

    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final Profiles profiles;
    private final Clock clock = Clock.systemUTC();

    AccountController(Accounts accounts, PasswordPolicy passwords, PasswordEncoder encoder, Profiles profiles) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.encoder = encoder;
        this.profiles = profiles;
    }

    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a citizen account online (AS-2): personal ID number checked against date of birth")
    Registered register(@RequestBody Registration body) {
        if (body == null || body.fullName() == null || body.fullName().isBlank()) {
            throw new SecondFactorRejected("full-name-missing");
        }
        PersonalIdNumber id = PersonalIdNumber.of(body.personalId(), body.birthDate());
        String username = id.value();
        passwords.check(body.password(), username, id.value());
        if (accounts.findByPersonalId(id.value()).isPresent()) {
            throw new Conflict("account-exists", id.value());
        }
        accounts.create(new Accounts.NewAccount(username, encoder.encode(body.password()), body.fullName().strip(),
                AccountKind.CITIZEN, id.value(), body.birthDate(), body.email(), body.phone(), body.address(),
                List.of(Role.CITIZEN), AssuranceLevel.AS_2, "SELF_DECLARED"));
        return new Registered(username, AssuranceLevel.AS_2.label());
    }

    @GetMapping("/accounts/{username}")
    @Operation(summary = "An account: kind, level, lock and disable state")
    AccountRecord account(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new NotFound("account-not-found", username));
    }

    @PostMapping("/accounts/{username}/verification")
    @Operation(summary = "Record how the account holder was verified: IN_PERSON (AS-4) or VERIFIED_ONLINE (AS-3)")
    AccountRecord verify(@PathVariable String username, @RequestBody Verification body) {
        AccountRecord account = account(username);
        AssuranceLevel level = switch (body == null || body.method() == null ? "" : body.method()) {
            case "IN_PERSON" -> AssuranceLevel.AS_4;
            case "VERIFIED_ONLINE" -> AssuranceLevel.AS_3;
            default -> throw new SecondFactorRejected("verification-method-unknown");
        };
        accounts.verify(account.username(), level, body.method());
        profiles.forget(username);
        return account(username);
    }

    @PostMapping("/accounts/{username}/disable")
    @Operation(summary = "Disable an account (a staff member who left): kept with its history, no more sign-in")
    AccountRecord disable(@PathVariable String username, @RequestBody(required = false) Reason body) {
        account(username);
        accounts.disable(username, body == null || body.reason() == null ? "disabled" : body.reason(),
                clock.instant());
        profiles.forget(username);
        return account(username);
    }

    @PostMapping("/accounts/{username}/unlock")
    @Operation(summary = "Lift a lock-out after wrong passwords")
    AccountRecord unlock(@PathVariable String username) {
        account(username);
        accounts.unlock(username);
        return account(username);
    }

    record Registration(String personalId, String fullName, LocalDate birthDate, String email, String phone,
            String address, String password) {
    }

    record Registered(String username, String assuranceLevel) {
    }

    record Verification(String method) {
    }

    record Reason(String reason) {
    }
}
