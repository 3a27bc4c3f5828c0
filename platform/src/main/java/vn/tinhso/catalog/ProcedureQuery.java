package vn.tinhso.catalog;

/** A catalogue search: free text (with or without accents, typos tolerated), filters, one page of results. */
public record ProcedureQuery(String text, String field, String agency, AdministrativeLevel level,
        OnlineMode onlineMode, int page, int size) {

    public ProcedureQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(page, 0);
        size = Math.clamp(size, 1, 100);
    }

    public boolean hasText() {
        return text != null;
    }
}
