package vn.tinhso.audit.web;

import vn.tinhso.shared.InvalidInput;

/** An audit query names neither an object (type and id) nor a correlation id. */
class AuditQueryIncomplete extends InvalidInput {

    AuditQueryIncomplete() {
        super("audit-query-incomplete");
    }
}
