package vn.tinhso.identity.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.jdbc.Accounts;

/**
 * Demo sign-ins for a developer's machine, printed at start-up. Off in production ({@code TINHSO_DEMO=false}).
 */
@Component
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoAccounts {

    static final String PASSWORD = "TinhSo@2026";

    /** The demo logins: who they are and what they may do. */
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("quantri", "Quản trị hệ thống (demo)", List.of(Role.SYSTEM_ADMIN)),
            new DemoLogin("danhmuc", "Quản trị danh mục (demo)", List.of(Role.CATALOG_ADMIN)),
            new DemoLogin("kiemtra", "Cán bộ thanh tra (demo)", List.of(Role.AUDITOR)),
            new DemoLogin("motcua", "Cán bộ một cửa (demo)", List.of(Role.COUNTER_OFFICER)),
            new DemoLogin("congdan", "Nguyễn Văn An (công dân demo)", List.of(Role.CITIZEN)));

    DemoAccounts(Accounts accounts, PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        LOGINS.forEach(login -> accounts.createIfAbsent(login.username(), hash, login.displayName(), login.roles()));
    }

    record DemoLogin(String username, String displayName, List<Role> roles) {
    }

    static String describe() {
        StringBuilder text = new StringBuilder();
        LOGINS.forEach(login -> text.append(String.format("    %-10s / %s   %s%n", login.username(), PASSWORD,
                login.displayName())));
        return text.toString();
    }
}
