package vn.tinhso.identity.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.identity.AccessDenied;
import vn.tinhso.identity.AccessPolicy;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceInsufficient;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.ProtectedAction;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.StaffDirectory;
import vn.tinhso.identity.jdbc.AssuranceRules;

/** {@link AccessPolicy} over the assurance rules table and the organisation catalogue. */
@Service
class RuleBasedAccessPolicy implements AccessPolicy {

    /** How far to follow parents and successors: the catalogue's chains are short; this stops a loop in bad data. */
    private static final int MAX_HOPS = 6;

    private final CurrentUsers users;
    private final AssuranceRules rules;
    private final StaffDirectory directory;
    private final Profiles profiles;

    RuleBasedAccessPolicy(CurrentUsers users, AssuranceRules rules, StaffDirectory directory, Profiles profiles) {
        this.users = users;
        this.rules = rules;
        this.directory = directory;
        this.profiles = profiles;
    }

    @Override
    public CurrentUser currentUser() {
        return users.current();
    }

    @Override
    public void require(ProtectedAction action, OnlineMode onlineMode) {
        Optional<AssuranceInsufficient> refused = check(action, onlineMode);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    @Override
    public Optional<AssuranceInsufficient> check(ProtectedAction action, OnlineMode onlineMode) {
        CurrentUser user = currentUser();
        if (user.isSystem() || user.kind() == AccountKind.STAFF && action != ProtectedAction.SIGN) {
            return Optional.empty();
        }
        String mode = onlineMode == null ? OnlineMode.FULLY_ONLINE.name() : onlineMode.name();
        List<AssuranceRules.Rule> inForce = rules.inForce(action, mode, profiles.today());
        return inForce.stream()
                .filter(rule -> !user.accountLevel().atLeast(rule.minLevel()) || user.factors() < rule.minFactors())
                .findFirst()
                .map(rule -> new AssuranceInsufficient(action, rule.id() + "/v" + rule.version(), rule.minLevel(),
                        rule.minFactors(), user.accountLevel(), user.factors(), rule.legalBasis()));
    }

    @Override
    public void requireIntake(String agencyCode, OnlineMode onlineMode) {
        CurrentUser user = currentUser();
        if (user.isSystem()) {
            return;
        }
        if (user.kind() == AccountKind.STAFF) {
            requireUnit(agencyCode);
        } else {
            require(ProtectedAction.SUBMIT, onlineMode);
        }
    }

    @Override
    public void requireDossier(String dossierCode, String agencyCode, String applicantId, String submitterId,
            String receivedBy) {
        if (!maySeeDossier(agencyCode, applicantId, submitterId, receivedBy)) {
            throw new AccessDenied("Dossier", dossierCode);
        }
    }

    @Override
    public boolean maySeeDossier(String agencyCode, String applicantId, String submitterId, String receivedBy) {
        CurrentUser user = currentUser();
        if (user.isSystem() || user.provinceWide()) {
            return true;
        }
        if (user.isAnonymous()) {
            return false;
        }
        if (user.personalId() != null
                && (user.personalId().equals(applicantId) || user.personalId().equals(submitterId))
                || user.username().equals(receivedBy)) {
            return true;
        }
        return user.kind() == AccountKind.STAFF && coversUnit(agencyCode);
    }

    @Override
    public void requireResultReceipt(String dossierCode, String agencyCode, String applicantId, String submitterId,
            String receivedBy, OnlineMode onlineMode) {
        requireDossier(dossierCode, agencyCode, applicantId, submitterId, receivedBy);
        require(ProtectedAction.RECEIVE_RESULT, onlineMode);
    }

    @Override
    public void requireApplicant(String applicantId) {
        CurrentUser user = currentUser();
        boolean self = user.personalId() != null && user.personalId().equals(applicantId);
        boolean staff = user.isSystem() || user.provinceWide()
                || user.kind() == AccountKind.STAFF && user.roles().stream().anyMatch(Role::unitScoped);
        if (!self && !staff) {
            throw new AccessDenied("ResultStore", String.valueOf(applicantId));
        }
    }

    @Override
    public void requireUnit(String agencyCode) {
        if (!coversUnit(agencyCode)) {
            throw new AccessDenied("Agency", String.valueOf(agencyCode));
        }
    }

    @Override
    public boolean coversUnit(String agencyCode) {
        CurrentUser user = currentUser();
        if (user.isSystem() || user.provinceWide()) {
            return true;
        }
        if (agencyCode == null || user.agencies().isEmpty() || user.roles().stream().noneMatch(Role::unitScoped)) {
            return false;
        }
        return covers(user, agencyCode, 0);
    }

    /**
     * The unit itself; for an agency leader, any unit under their agency; for a unit closed by a reorganisation, the
     * staff of a successor.
     */
    private boolean covers(CurrentUser user, String agencyCode, int hops) {
        if (user.worksFor(agencyCode)) {
            return true;
        }
        if (hops >= MAX_HOPS) {
            return false;
        }
        Optional<StaffDirectory.Unit> unit = directory.unit(agencyCode);
        if (unit.isEmpty()) {
            return false;
        }
        if (user.hasRole(Role.AGENCY_LEADER) && unit.get().parentCode() != null
                && covers(user, unit.get().parentCode(), hops + 1)) {
            return true;
        }
        LocalDate today = profiles.today();
        return !unit.get().validOn(today) && unit.get().successors().stream()
                .anyMatch(successor -> covers(user, successor, hops + 1));
    }
}
