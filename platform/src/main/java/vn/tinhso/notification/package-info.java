/**
 * Notifications (thông báo) to citizens by e-mail and SMS about every visible change to their dossier (hồ sơ):
 * written to an outbox in the caller's transaction, then delivered with retries, never lost and never twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.tinhso.notification;
