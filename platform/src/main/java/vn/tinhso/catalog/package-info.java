/**
 * Procedure catalogue (danh mục thủ tục hành chính): procedures with their cases, required documents, time limits,
 * steps, fee rules and e-forms, versioned, searchable in Vietnamese with or without accents — what citizens search
 * and what the one-stop-shop is configured from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
package vn.tinhso.catalog;
