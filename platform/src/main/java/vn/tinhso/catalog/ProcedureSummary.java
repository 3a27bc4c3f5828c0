package vn.tinhso.catalog;

import java.util.List;

/** A search hit: enough to show a list and link to the procedure. */
public record ProcedureSummary(String code, int version, String name, String fieldCode, String fieldName,
        List<AdministrativeLevel> levels, OnlineMode onlineMode, List<String> implementingAgencies, double score) {
}
