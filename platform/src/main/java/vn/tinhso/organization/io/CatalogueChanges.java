package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;

/**
 * Every change to the catalogue: imports, single creates and updates, and closing a validity period. Each checks
 * the records with its {@link Sheet} first, then writes them together with one audit row per changed record in the
 * same transaction — an import is all or nothing.
 */
@Service
public class CatalogueChanges {

    private final AuditLog audit;

    CatalogueChanges(AuditLog audit) {
        this.audit = audit;
    }

    /** Creates or updates the records of {@code rows}, or, if any row is bad, rejects them all. */
    @Transactional
    public <T> ImportSummary importRows(Sheet<T> sheet, List<RawRow> rows) {
        List<T> records = validated(sheet, rows, ImportRejected::new);
        Map<String, T> existing = new HashMap<>();
        sheet.findAll(records.stream().map(sheet::keyOf).toList())
                .forEach(record -> existing.put(sheet.keyOf(record), record));
        int created = 0;
        int updated = 0;
        for (T record : records) {
            T before = existing.get(sheet.keyOf(record));
            if (before == null) {
                insert(sheet, record);
                created++;
            } else if (!before.equals(record)) {
                update(sheet, before, record, "updated");
                updated++;
            }
        }
        return new ImportSummary(created, updated, records.size() - created - updated);
    }

    @Transactional
    public <T> T create(Sheet<T> sheet, RawRow row) {
        T record = validated(sheet, List.of(row), RecordInvalid::new).getFirst();
        if (sheet.find(sheet.keyOf(record)).isPresent()) {
            throw sheet.duplicate(sheet.keyOf(record));
        }
        insert(sheet, record);
        return record;
    }

    /** Replaces the record named {@code key}; the key column of the row is ignored (a key never changes). */
    @Transactional
    public <T> T update(Sheet<T> sheet, String key, RawRow row) {
        T before = sheet.find(key).orElseThrow(() -> sheet.notFound(key));
        Map<String, String> values = new HashMap<>(row.values());
        values.put(sheet.columns().getFirst(), key);
        T record = validated(sheet, List.of(new RawRow(row.number(), values)), RecordInvalid::new).getFirst();
        if (!before.equals(record)) {
            update(sheet, before, record, "updated");
        }
        return record;
    }

    /** Ends the validity of {@code key} on {@code last} (inclusive) and names who took over. Nothing is deleted. */
    @Transactional
    public <T> T close(Sheet<T> sheet, String key, LocalDate last, List<String> successors) {
        T before = sheet.find(key).orElseThrow(() -> sheet.notFound(key));
        if (sheet.closedOn(before) != null) {
            throw new ValidityAlreadyClosed(key, sheet.closedOn(before));
        }
        T after = sheet.closed(before, last, successors);
        List<RowError> errors = new ArrayList<>();
        RawRow row = Rows.raw(1, sheet.toRow(after));
        sheet.check(after, new RowReader(row, errors), Map.of());
        if (!errors.isEmpty()) {
            throw new RecordInvalid(errors);
        }
        update(sheet, before, after, "closed");
        return after;
    }

    /** Reads every row, then checks references across the batch; collects all errors before deciding. */
    private <T> List<T> validated(Sheet<T> sheet, List<RawRow> rows,
            Function<List<RowError>, RuntimeException> rejection) {
        List<RowError> errors = new ArrayList<>();
        Map<String, T> batch = new LinkedHashMap<>();
        Map<String, RowReader> readers = new HashMap<>();
        for (RawRow row : rows) {
            RowReader reader = new RowReader(row, errors);
            T record = sheet.read(reader);
            if (record == null) {
                continue;
            }
            String key = sheet.keyOf(record);
            if (batch.containsKey(key)) {
                reader.reject(sheet.columns().getFirst(), "duplicate-in-file");
            } else {
                batch.put(key, record);
                readers.put(key, reader);
            }
        }
        batch.forEach((key, record) -> sheet.check(record, readers.get(key), batch));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            throw rejection.apply(errors);
        }
        return List.copyOf(batch.values());
    }

    private <T> void insert(Sheet<T> sheet, T record) {
        sheet.insert(record);
        audit.record(sheet.action() + ".created", sheet.objectType(), sheet.keyOf(record), null, record);
    }

    private <T> void update(Sheet<T> sheet, T before, T after, String verb) {
        sheet.update(after);
        audit.record(sheet.action() + "." + verb, sheet.objectType(), sheet.keyOf(after), before, after);
    }
}
