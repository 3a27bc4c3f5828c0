package vn.tinhso.catalog;

/** Lifecycle of a procedure version. */
public enum ProcedureStatus {
    /** Being edited; not visible to citizens. */
    DRAFT,
    /** The version in force. */
    PUBLISHED,
    /** Replaced by a newer published version; dossiers submitted under it keep it. */
    SUPERSEDED,
    /** Withdrawn (bãi bỏ); no new dossiers. */
    RETIRED
}
