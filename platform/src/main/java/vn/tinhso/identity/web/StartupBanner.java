package vn.tinhso.identity.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who just started the platform where to open it and how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final ObjectProvider<DemoAccounts> demo;

    StartupBanner(ObjectProvider<DemoAccounts> demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        StringBuilder text = new StringBuilder()
                .append("\n\n  Tỉnh Số đã sẵn sàng / is ready\n")
                .append("    Trang chủ / home:        ").append(base).append("/\n")
                .append("    API (Swagger UI):        ").append(base).append("/swagger-ui.html\n")
                .append("    Tình trạng / health:     ").append(base).append("/actuator/health\n")
                .append("    Đăng nhập một lần / SSO: ").append(base).append("/account\n");
        if (demo.getIfAvailable() != null) {
            text.append("  Tài khoản demo / demo logins (user / password):\n").append(DemoAccounts.describe());
        }
        log.info(text.toString());
    }
}
