package vn.tinhso.organization.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;

/** The catalogue's answers to other modules, read straight from the tables. */
@Service
@Transactional(readOnly = true)
class JdbcOrganizations implements Organizations {

    private final Units units;
    private final Agencies agencies;
    private final StaffMembers staff;

    JdbcOrganizations(Units units, Agencies agencies, StaffMembers staff) {
        this.units = units;
        this.agencies = agencies;
        this.staff = staff;
    }

    @Override
    public Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return units.findOn(code, day);
    }

    @Override
    public List<AdministrativeUnit> children(String code, LocalDate day) {
        return units.children(code, day);
    }

    @Override
    public List<AdministrativeUnit> currentFor(String code, LocalDate day) {
        List<AdministrativeUnit> found = new ArrayList<>();
        follow(code, day, found, new HashSet<>());
        return found;
    }

    /** Walks successor links until units valid on {@code day}; the visited set guards against a cycle in bad data. */
    private void follow(String code, LocalDate day, List<AdministrativeUnit> found, Set<String> visited) {
        if (!visited.add(code)) {
            return;
        }
        units.find(code).ifPresent(unit -> {
            if (unit.validOn(day)) {
                found.add(unit);
            } else if (unit.validTo() != null && unit.validTo().isBefore(day)) {
                unit.successors().forEach(successor -> follow(successor, day, found, visited));
            }
        });
    }

    @Override
    public Optional<Agency> agency(AgencyCode code, LocalDate day) {
        return agencies.findOn(code, day);
    }

    @Override
    public Optional<StaffMember> staffByUsername(String username, LocalDate day) {
        return staff.findByUsername(username).filter(member -> member.activeOn(day));
    }

    @Override
    public List<StaffMember> staffInRole(AgencyCode agency, String role, LocalDate day) {
        return staff.inRole(agency, role, day);
    }
}
