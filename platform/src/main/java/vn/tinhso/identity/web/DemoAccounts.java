package vn.tinhso.identity.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.jdbc.StaffAssignments;

/**
 * Demo sign-ins for a developer's machine, printed at start-up. Off in production ({@code TINHSO_DEMO=false}).
 * Staff logins are linked to the demo staff records (demo/organization/staff.csv), which give their unit and roles:
 * the one-stop officer {@code motcua} works at the city's public administration centre and is assigned to receive
 * at the wards' counters; {@code motcuaphuong} only at UBND phường Sóc Trăng; {@code chuyenvien} and
 * {@code truongphong} in the land office of the Department of Agriculture and Environment, {@code giamdoc} leads
 * that department.
 */
@Component
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoAccounts {

    static final String PASSWORD = "TinhSo@2026";
    static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    /** The demo logins: who they are and what they may do. */
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("quantri", "Quản trị hệ thống (demo)", List.of(Role.SYSTEM_ADMIN)),
            new DemoLogin("danhmuc", "Quản trị danh mục (demo)", List.of(Role.CATALOG_ADMIN)),
            new DemoLogin("kiemtra", "Cán bộ thanh tra (demo)", List.of(Role.AUDITOR)),
            new DemoLogin("motcua", "Cán bộ một cửa (demo)", List.of(Role.COUNTER_OFFICER)),
            new DemoLogin("congdan", "Nguyễn Văn An (công dân demo)", List.of(Role.CITIZEN)),
            new DemoLogin("motcuaphuong", "Cán bộ một cửa UBND phường (demo)", List.of(Role.COUNTER_OFFICER)),
            new DemoLogin("chuyenvien", "Chuyên viên Phòng Quản lý đất đai (demo)", List.of(Role.SPECIALIST)),
            new DemoLogin("truongphong", "Trưởng phòng Quản lý đất đai (demo)",
                    List.of(Role.LEADER, Role.UNIT_LEADER, Role.SPECIALIST)),
            new DemoLogin("giamdoc", "Giám đốc Sở Nông nghiệp và Môi trường (demo)",
                    List.of(Role.LEADER, Role.AGENCY_LEADER)),
            new DemoLogin("vanthu", "Văn thư Trung tâm Phục vụ hành chính công (demo)", List.of(Role.CLERK)));

    /** Số định danh of the demo citizen: born in Sóc Trăng (094), a man of the 20th century (0), in 1990 (90). */
    static final String CITIZEN_ID = "094090001234";

    DemoAccounts(Accounts accounts, StaffAssignments assignments, PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        LOGINS.forEach(login -> accounts.createIfAbsent(login.username(), hash, login.displayName(), login.roles()));
        // Registered online and checked against the population database: AS-3, so a password signs in for most
        // services; paying and receiving results still need a second factor.
        accounts.describe("congdan", AccountKind.CITIZEN, CITIZEN_ID, LocalDate.of(1990, 5, 12),
                "congdan@tinhso.invalid", "0912345678", AssuranceLevel.AS_3, "VERIFIED_ONLINE");
        for (String ward : List.of("000.00.51.H92", "000.00.52.H92", "000.00.53.H92")) {
            assignments.assign("motcua", ward, "Phân công tiếp nhận tại bộ phận một cửa cấp xã (demo)", FROM);
        }
    }

    record DemoLogin(String username, String displayName, List<Role> roles) {
    }

    static String describe() {
        StringBuilder text = new StringBuilder();
        LOGINS.forEach(login -> text.append(String.format("    %-12s / %s   %s%n", login.username(), PASSWORD,
                login.displayName())));
        return text.toString();
    }
}
