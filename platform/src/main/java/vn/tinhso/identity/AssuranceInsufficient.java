package vn.tinhso.identity;

import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/**
 * The account is not verified well enough, or the session signed in with too few factors, for the action. 403 with
 * what is required, so a client can ask for a second factor (step-up) or send the person to verify their account.
 */
public class AssuranceInsufficient extends Problem {

    private final transient Map<String, Object> properties;

    public AssuranceInsufficient(ProtectedAction action, String ruleId, AssuranceLevel requiredLevel,
            int requiredFactors, AssuranceLevel accountLevel, int sessionFactors, String legalBasis) {
        super(sessionFactors < requiredFactors && accountLevel.atLeast(requiredLevel)
                        ? "second-factor-required" : "assurance-insufficient", HttpStatus.FORBIDDEN,
                action.name(), requiredLevel.label(), requiredFactors, accountLevel.label(), sessionFactors);
        this.properties = Map.of("action", action.name(), "rule", ruleId, "requiredLevel", requiredLevel.label(),
                "requiredFactors", requiredFactors, "accountLevel", accountLevel.label(),
                "sessionFactors", sessionFactors, "legalBasis", legalBasis);
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
