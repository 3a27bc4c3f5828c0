package vn.tinhso.identity.oidc;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.jdbc.AccountLinks;
import vn.tinhso.identity.jdbc.AccountRecord;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * Which platform account a person signed in at an OpenID provider is. The embedded provider's subject is the
 * username. For an external provider: a link made before (account_link); else the personal ID number the provider
 * vouches for ({@code personal_id} claim, as a VNeID federation gives it) matched to a citizen account; else, for a
 * provider the province runs itself ({@code link-by-username}), the same username. The first match is linked and
 * audited, so later sign-ins do not depend on names.
 */
@Component
public class AccountMapping {

    /** The claim carrying số định danh cá nhân in tokens of a federation (VNeID through the national platform). */
    public static final String PERSONAL_ID_CLAIM = "personal_id";

    private final AccountLinks links;
    private final Accounts accounts;
    private final PlatformClientRegistrations registrations;
    private final IdentityProperties properties;

    AccountMapping(AccountLinks links, Accounts accounts, PlatformClientRegistrations registrations,
            IdentityProperties properties) {
        this.links = links;
        this.accounts = accounts;
        this.registrations = registrations;
        this.properties = properties;
    }

    /** The external provider key whose issuer this is, if configured. */
    public Optional<String> externalKey(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        String normalised = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return properties.providers().entrySet().stream()
                .filter(entry -> normalised.equals(entry.getValue().issuerUri())).map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /**
     * @param issuer           the token's {@code iss}
     * @param subject          its {@code sub}
     * @param preferredUsername its {@code preferred_username}, may be null
     * @param personalId       its {@code personal_id}, may be null
     * @return the platform account, enabled, or empty when the person has none
     */
    public Optional<String> username(String issuer, String subject, String preferredUsername, String personalId) {
        Optional<String> key = externalKey(issuer);
        if (key.isEmpty()) {
            return accounts.find(subject).filter(AccountRecord::enabled).map(AccountRecord::username);
        }
        Optional<String> linked = links.username(issuer, subject);
        if (linked.isPresent()) {
            return linked.flatMap(accounts::find).filter(AccountRecord::enabled).map(AccountRecord::username);
        }
        Optional<AccountRecord> match = Optional.empty();
        if (personalId != null) {
            match = accounts.findByPersonalId(personalId);
        }
        if (match.isEmpty() && preferredUsername != null
                && registrations.external(key.get()).map(IdentityProperties.Provider::linkByUsername).orElse(false)) {
            match = accounts.find(preferredUsername);
        }
        Optional<AccountRecord> enabled = match.filter(AccountRecord::enabled);
        enabled.ifPresent(account -> links.link(issuer, subject, account.username()));
        return enabled.map(AccountRecord::username);
    }

    /** Methods an external token states; without {@code amr} a password is all that can be assumed. */
    public static List<String> methods(List<String> amr) {
        return amr == null || amr.isEmpty() ? List.of("pwd") : amr;
    }
}
