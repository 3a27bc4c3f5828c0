package vn.tinhso.organization;

/** Loại cơ quan, đơn vị. */
public enum AgencyKind {
    /** UBND tỉnh / thành phố trực thuộc trung ương. */
    PROVINCIAL_PEOPLES_COMMITTEE,
    /** Sở, ban, ngành and cơ quan ngang sở (Văn phòng UBND, Thanh tra tỉnh, Ban Dân tộc). */
    DEPARTMENT,
    /** UBND huyện, thị xã, thành phố thuộc tỉnh (until 2025-06-30). */
    DISTRICT_PEOPLES_COMMITTEE,
    /** UBND xã, phường, thị trấn, đặc khu. */
    COMMUNE_PEOPLES_COMMITTEE,
    /** Trung tâm Phục vụ hành chính công, Bộ phận một cửa. */
    ONE_STOP_UNIT,
    /** Cơ quan ngành dọc: Công an, Thuế, Kho bạc, Bảo hiểm xã hội, Thống kê. */
    VERTICAL_AGENCY,
    /** Đơn vị sự nghiệp công lập. */
    PUBLIC_SERVICE_UNIT,
    /** Phòng, ban, chi cục inside an agency. */
    INTERNAL_UNIT
}
