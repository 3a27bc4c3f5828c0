package vn.tinhso.identity;

/** What a signed-in person may do (vai trò). Scoping roles to units comes with single sign-on. */
public enum Role {
    /** Quản trị hệ thống: operates the platform. */
    SYSTEM_ADMIN,
    /** Quản trị danh mục: maintains shared catalogues (organisations, procedures, calendar). */
    CATALOG_ADMIN,
    /** Kiểm tra, thanh tra: reads the audit log. */
    AUDITOR,
    /** Cán bộ một cửa: receives dossiers at the counter. */
    COUNTER_OFFICER,
    /** Chuyên viên: examines dossiers. */
    SPECIALIST,
    /** Lãnh đạo: approves and signs. */
    LEADER,
    /** Công dân, doanh nghiệp. */
    CITIZEN;

    public String authority() {
        return "ROLE_" + name();
    }
}
