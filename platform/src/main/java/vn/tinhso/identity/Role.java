package vn.tinhso.identity;

/**
 * What a signed-in person may do (vai trò). Staff roles act within the units (agencies) the person works for — see
 * {@link CurrentUser#agencies()}; administrators and auditors act province-wide.
 */
public enum Role {
    /** Quản trị hệ thống: operates the platform. */
    SYSTEM_ADMIN,
    /** Quản trị danh mục: maintains shared catalogues (organisations, procedures, calendar). */
    CATALOG_ADMIN,
    /** Kiểm tra, thanh tra: reads the audit log and, read-only, every dossier. */
    AUDITOR,
    /** Cán bộ một cửa: receives dossiers at the counter and returns results. */
    COUNTER_OFFICER,
    /** Chuyên viên: examines dossiers. */
    SPECIALIST,
    /** Lãnh đạo: approves and signs (the workflow's approval step); held with UNIT_LEADER or AGENCY_LEADER. */
    LEADER,
    /** Lãnh đạo phòng, đơn vị: leads an internal unit (phòng, ban, chi cục). */
    UNIT_LEADER,
    /** Lãnh đạo cơ quan: leads an agency and sees the dossiers of all its internal units. */
    AGENCY_LEADER,
    /** Văn thư: registers and issues documents, stamps results. */
    CLERK,
    /** Công dân, doanh nghiệp: sees only their own dossiers and results. */
    CITIZEN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the role works for particular units (and so sees only their dossiers). */
    public boolean unitScoped() {
        return this == COUNTER_OFFICER || this == SPECIALIST || this == LEADER || this == UNIT_LEADER
                || this == AGENCY_LEADER || this == CLERK;
    }
}
