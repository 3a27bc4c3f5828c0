package vn.tinhso.audit.web;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.tinhso.audit.ChainVerification;
import vn.tinhso.audit.jdbc.JdbcAuditLog;

/**
 * {@code java -jar tinhso-platform.jar audit-verify}: checks the chain from the command line and exits 0 when it is
 * intact, 1 when it is not — for an operator's cron job or an inspection.
 */
@Component
@ConditionalOnProperty(name = "tinhso.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final JdbcAuditLog auditLog;
    private int exitCode;

    AuditVerifyCommand(JdbcAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = auditLog.verify();
        if (result.intact()) {
            System.out.printf("Nhật ký toàn vẹn / audit chain intact: %d rows checked%n", result.rowsChecked());
        } else {
            System.out.printf("Nhật ký bị sửa đổi / audit chain BROKEN at row %d (%s) after %d good rows%n",
                    result.firstBrokenRow(), result.reason(), result.rowsChecked());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
