package vn.tinhso.organization.io;

/**
 * What is wrong with one cell: the row (from 1; 0 for the file as a whole), the column, the value as given and a
 * stable reason code such as {@code required} or {@code unknown-parent}.
 */
public record RowError(int row, String column, String value, String reason) {
}
