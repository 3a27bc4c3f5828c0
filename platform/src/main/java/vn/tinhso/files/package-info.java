/**
 * Attachments (tệp đính kèm): stores the documents citizens and one-stop officers upload to dossiers (hồ sơ) —
 * checked by content, scanned, kept durably once by content and described by a metadata row that is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package vn.tinhso.files;
