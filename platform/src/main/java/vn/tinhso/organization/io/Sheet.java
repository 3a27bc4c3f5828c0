package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of catalogue record as a table of named columns: how a record reads from and writes to a row, what makes
 * a row valid, and where records are stored. CSV import, JSON import, export and the single-record API writes all go
 * through it, so they accept and refuse exactly the same things.
 *
 * @param <T> the record type
 */
public interface Sheet<T> {

    /** Object type in the audit log, e.g. {@code AdministrativeUnit}. */
    String objectType();

    /** Prefix of audit actions, e.g. {@code organization.unit}. */
    String action();

    /** Column names in export order; the first is the key. */
    List<String> columns();

    /** Columns a CSV header must have. */
    List<String> requiredColumns();

    String keyOf(T record);

    /** Column name → text, or a list for list-valued columns. */
    Map<String, Object> toRow(T record);

    /** Reads the record out of a row; null when a cell is unreadable (the reader holds why). */
    T read(RowReader row);

    /** Checks references to other records: {@code batch} holds the records of the same import by key. */
    void check(T record, RowReader row, Map<String, T> batch);

    Optional<T> find(String key);

    List<T> findAll(Collection<String> keys);

    List<T> all();

    void insert(T record);

    void update(T record);

    /** The date the record's validity (or activity) ended, null when open. */
    LocalDate closedOn(T record);

    /** The record with its period closed on {@code last} and, where the kind has them, these successors. */
    T closed(T record, LocalDate last, List<String> successors);

    /** The problem for a key that names no record. */
    RuntimeException notFound(String key);

    /** The problem for creating a record whose key is taken. */
    RuntimeException duplicate(String key);
}
