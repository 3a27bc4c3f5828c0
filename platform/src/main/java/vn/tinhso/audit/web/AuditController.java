package vn.tinhso.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.audit.ChainVerification;
import vn.tinhso.audit.jdbc.AuditRow;
import vn.tinhso.audit.jdbc.JdbcAuditLog;

/** Read-only access to the audit log for auditors and operators. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Nhật ký hệ thống: tra cứu và kiểm tra toàn vẹn chuỗi băm")
class AuditController {

    private static final int MAX_ROWS = 500;

    private final JdbcAuditLog auditLog;

    AuditController(JdbcAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain and name the first broken row")
    ChainVerification verify() {
        return auditLog.verify();
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit rows of one object (newest first) or of one correlation id (in order)")
    List<AuditRow> entries(@RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String correlationId,
            @RequestParam(defaultValue = "100") int limit) {
        int bounded = Math.clamp(limit, 1, MAX_ROWS);
        if (correlationId != null) {
            return auditLog.forCorrelation(correlationId, bounded);
        }
        if (objectType == null || objectId == null) {
            throw new AuditQueryIncomplete();
        }
        return auditLog.forObject(objectType, objectId, bounded);
    }
}
