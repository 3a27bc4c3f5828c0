package vn.tinhso.catalog;

/** Fee tables often differ between urban wards and towns (phường, thị trấn) and other areas. */
public enum AreaType {
    URBAN_WARD,
    OTHER
}
