package vn.tinhso.organization;

/** Loại đơn vị hành chính: the subtype within a {@link UnitLevel}. */
public enum UnitKind {
    /** Tỉnh. */
    PROVINCE(UnitLevel.PROVINCE),
    /** Thành phố trực thuộc trung ương (Cần Thơ). */
    CENTRAL_CITY(UnitLevel.PROVINCE),
    /** Huyện. */
    RURAL_DISTRICT(UnitLevel.DISTRICT),
    /** Quận. */
    URBAN_DISTRICT(UnitLevel.DISTRICT),
    /** Thị xã. */
    TOWN(UnitLevel.DISTRICT),
    /** Thành phố thuộc tỉnh (TP Sóc Trăng). */
    PROVINCIAL_CITY(UnitLevel.DISTRICT),
    /** Xã. */
    COMMUNE(UnitLevel.COMMUNE),
    /** Phường. */
    WARD(UnitLevel.COMMUNE),
    /** Thị trấn (abolished with the districts in 2025). */
    TOWNSHIP(UnitLevel.COMMUNE),
    /** Đặc khu (special zone, from 2025). */
    SPECIAL_ZONE(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitKind(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
