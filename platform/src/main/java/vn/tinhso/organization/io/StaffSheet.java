package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.StaffMemberNotFound;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.organization.jdbc.Agencies;
import vn.tinhso.organization.jdbc.StaffMembers;

/**
 * Staff as rows: {@code id,fullName,agencyCode,position,roles,username,email,phone,activeFrom,activeTo}. The agency
 * must already be in the catalogue; roles are names of {@link Role}.
 */
@Component
public class StaffSheet implements Sheet<StaffMember> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    private static final List<String> COLUMNS = List.of("id", "fullName", "agencyCode", "position", "roles",
            "username", "email", "phone", "activeFrom", "activeTo");

    private final StaffMembers staff;
    private final Agencies agencies;

    StaffSheet(StaffMembers staff, Agencies agencies) {
        this.staff = staff;
        this.agencies = agencies;
    }

    @Override
    public String objectType() {
        return "StaffMember";
    }

    @Override
    public String action() {
        return "organization.staff";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id", "fullName", "agencyCode", "position");
    }

    @Override
    public String keyOf(StaffMember member) {
        return member.id();
    }

    @Override
    public Map<String, Object> toRow(StaffMember member) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", member.id());
        row.put("fullName", member.fullName());
        row.put("agencyCode", member.agencyCode().value());
        row.put("position", member.position());
        row.put("roles", member.roles());
        row.put("username", member.username());
        row.put("email", member.email());
        row.put("phone", member.phone());
        row.put("activeFrom", member.activeFrom());
        row.put("activeTo", member.activeTo());
        return row;
    }

    @Override
    public StaffMember read(RowReader row) {
        String id = row.matching("id", ID, true);
        String name = row.required("fullName");
        AgencyCode agency = row.agencyCode("agencyCode", true);
        String position = row.required("position");
        List<String> roles = row.list("roles");
        String username = row.matching("username", USERNAME, false);
        String email = row.matching("email", EMAIL, false);
        String phone = row.text("phone");
        LocalDate from = row.date("activeFrom");
        LocalDate to = row.date("activeTo");
        if (!roles.stream().allMatch(ROLES::contains)) {
            row.reject("roles", "unknown-role");
        }
        if (!row.clean()) {
            return null;
        }
        return new StaffMember(id, name, agency, position, roles, username, email, phone, from, to);
    }

    @Override
    public void check(StaffMember member, RowReader row, Map<String, StaffMember> batch) {
        if (agencies.find(member.agencyCode()).isEmpty()) {
            row.reject("agencyCode", "unknown-agency");
        }
        row.period(member.activeFrom(), member.activeTo(), "activeTo");
        if (member.username() != null && usernameTaken(member, batch)) {
            row.reject("username", "username-taken");
        }
    }

    /** One sign-in account belongs to one staff record, in the database and within the batch. */
    private boolean usernameTaken(StaffMember member, Map<String, StaffMember> batch) {
        boolean inBatch = batch.values().stream().anyMatch(other -> !other.id().equals(member.id())
                && member.username().equals(other.username()));
        boolean inDatabase = staff.findByUsername(member.username())
                .filter(holder -> !holder.id().equals(member.id()))
                .filter(holder -> !batch.containsKey(holder.id()) || member.username()
                        .equals(batch.get(holder.id()).username()))
                .isPresent();
        return inBatch || inDatabase;
    }

    @Override
    public Optional<StaffMember> find(String key) {
        return staff.find(key);
    }

    @Override
    public List<StaffMember> findAll(Collection<String> keys) {
        return staff.findAll(keys);
    }

    @Override
    public List<StaffMember> all() {
        return staff.all();
    }

    @Override
    public void insert(StaffMember member) {
        staff.insert(member);
    }

    @Override
    public void update(StaffMember member) {
        staff.update(member);
    }

    @Override
    public LocalDate closedOn(StaffMember member) {
        return member.activeTo();
    }

    @Override
    public StaffMember closed(StaffMember member, LocalDate last, List<String> successors) {
        return new StaffMember(member.id(), member.fullName(), member.agencyCode(), member.position(), member.roles(),
                member.username(), member.email(), member.phone(), member.activeFrom(), last);
    }

    @Override
    public RuntimeException notFound(String key) {
        return new StaffMemberNotFound(key);
    }

    @Override
    public RuntimeException duplicate(String key) {
        return new DuplicateStaffId(key);
    }
}
