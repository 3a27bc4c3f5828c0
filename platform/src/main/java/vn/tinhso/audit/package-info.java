/**
 * Audit log (nhật ký hệ thống): an append-only, hash-chained record of every state change — who, what, which
 * object, when, before and after, under which correlation id — with a verifier that names the first broken row.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package vn.tinhso.audit;
