package vn.tinhso.organization.jdbc;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Small conversions between PostgreSQL columns and the catalogue's records. */
final class Columns {

    private Columns() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static String[] array(Collection<?> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }
}
