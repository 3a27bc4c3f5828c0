package vn.tinhso.catalog;

/** Who applies (đối tượng thực hiện): cases, time limits and fees depend on it. */
public enum ApplicantType {
    /** Cá nhân. */
    INDIVIDUAL,
    /** Hộ gia đình. */
    HOUSEHOLD,
    /** Cộng đồng dân cư. */
    COMMUNITY,
    /** Tổ chức trong nước. */
    ORGANIZATION,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Doanh nghiệp có vốn đầu tư nước ngoài. */
    FOREIGN_INVESTED_ENTERPRISE,
    /** Người Việt Nam định cư ở nước ngoài. */
    OVERSEAS_VIETNAMESE,
    /** Cơ sở tôn giáo. */
    RELIGIOUS_ESTABLISHMENT
}
