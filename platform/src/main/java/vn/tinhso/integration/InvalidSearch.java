package vn.tinhso.integration;

import vn.tinhso.shared.InvalidInput;

/** A message log search needs a correlation id or a dossier code; the whole log is not a search result. */
public class InvalidSearch extends InvalidInput {

    public InvalidSearch() {
        super("integration-log-search-empty");
    }
}
