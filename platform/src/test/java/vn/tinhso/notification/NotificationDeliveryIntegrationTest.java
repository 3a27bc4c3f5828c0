package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.support.Api;
import vn.tinhso.support.Eventually;
import vn.tinhso.support.FreePorts;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Notifications leave the platform as they should: a real SMTP server (GreenMail) and a real HTTP SMS gateway
 * receive each message exactly once, through failures, outages and operators' re-queues.
 */
@PlatformIntegrationTest
class NotificationDeliveryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int SMTP_PORT = FreePorts.next();
    private static final SmsGatewayStub GATEWAY = new SmsGatewayStub();
    private static GreenMail smtp = startSmtp();

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("tinhso.notification.sms.url", GATEWAY::url);
        registry.add("tinhso.notification.sms.api-key", () -> "khoa-thu-nghiem");
        registry.add("tinhso.notification.poll-interval", () -> "100ms");
        registry.add("tinhso.notification.backoff", () -> "200ms");
        registry.add("tinhso.notification.max-backoff", () -> "1s");
        registry.add("tinhso.notification.outage-pause", () -> "300ms");
        registry.add("tinhso.notification.max-attempts", () -> "4");
    }

    @AfterAll
    static void stopProviders() {
        smtp.stop();
        GATEWAY.close();
    }

    @Test
    void deliversAVietnameseEmailExactlyOnceWithItsDiacriticsIntact() throws Exception {
        String to = "nguyen.van.an@example.vn";
        long id = enqueue(Notification.email("G.001.23.45.H60-260101-0001:received:EMAIL", to,
                "Hồ sơ G.001.23.45.H60-260101-0001 đã được tiếp nhận",
                "Kính gửi ông Nguyễn Văn An,\nHồ sơ đăng ký khai sinh của ông đã được tiếp nhận. "
                        + "Ngày hẹn trả kết quả: 05/01/2026.\nTrân trọng, Bộ phận Một cửa tỉnh.",
                "G.001.23.45.H60-260101-0001"));

        Eventually.await("the e-mail arrived", WAIT, () -> mailsTo(to).size() == 1);
        Eventually.pause(Duration.ofSeconds(1));

        List<MimeMessage> mails = mailsTo(to);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ G.001.23.45.H60-260101-0001 đã được tiếp nhận");
        assertThat(((String) mail.getContent()).strip()).startsWith("Kính gửi ông Nguyễn Văn An,")
                .contains("Ngày hẹn trả kết quả: 05/01/2026.").endsWith("Trân trọng, Bộ phận Một cửa tỉnh.");
        assertThat(mail.getFrom()[0].toString()).contains("khongtraloi@tinhso.gov.vn");
        assertThat(mail.getMessageID()).matches("<tb\\.[0-9a-f]{40}@tinhso\\.gov\\.vn>");
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("provider_id", mail.getMessageID());
    }

    @Test
    void storesAndDeliversOneMessageWhenTheSameKeyIsEnqueuedTwice() {
        String to = "tran.thi.binh@example.vn";
        Notification notification = Notification.email("HS-0002:supplement-requested:EMAIL", to,
                "Yêu cầu bổ sung hồ sơ HS-0002", "Đề nghị bà bổ sung bản sao giấy tờ tùy thân.", "HS-0002");

        long first = enqueue(notification);
        long second = enqueue(notification);

        assertThat(second).isEqualTo(first);
        Eventually.await("the e-mail arrived", WAIT, () -> mailsTo(to).size() == 1);
        Eventually.pause(Duration.ofSeconds(1));
        assertThat(mailsTo(to)).hasSize(1);
        assertThat(rowsWithKey("HS-0002:supplement-requested:EMAIL")).isEqualTo(1);
    }

    @Test
    void leavesNoNotificationWhenTheCallersTransactionRollsBack() {
        String to = "le.van.cuong@example.vn";
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            notifications.enqueue(Notification.email("HS-0003:received:EMAIL", to, "Đã tiếp nhận",
                    "Hồ sơ đã được tiếp nhận.", "HS-0003"));
            transaction.setRollbackOnly();
        });

        assertThat(rowsWithKey("HS-0003:received:EMAIL")).isZero();
        Eventually.pause(Duration.ofMillis(500));
        assertThat(mailsTo(to)).isEmpty();
    }

    @Test
    void refusesToEnqueueOutsideATransaction() {
        assertThatThrownBy(() -> notifications.enqueue(Notification.email("HS-0004:received:EMAIL",
                "a@example.vn", "Tiêu đề", "Nội dung", null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsWithKey("HS-0004:received:EMAIL")).isZero();
    }

    @Test
    void retriesAnSmsThroughGatewayErrorsWithTheSameIdempotencyKeyAndDeliversItOnce() {
        String to = "+84912000001";
        GATEWAY.answer(to, 503, 503);
        long id = enqueue(Notification.sms("HS-0005:result-ready:SMS", "0912 000 001",
                "Hồ sơ HS-0005 đã có kết quả, mời ông/bà đến nhận tại Bộ phận Một cửa.", "HS-0005"));

        Eventually.await("the SMS was sent", WAIT, () -> "SENT".equals(row(id).get("status")));
        Eventually.pause(Duration.ofSeconds(1));

        List<SmsGatewayStub.Call> calls = GATEWAY.callsTo(to);
        assertThat(calls).extracting(SmsGatewayStub.Call::answered).containsExactly(503, 503, 200);
        assertThat(calls).extracting(SmsGatewayStub.Call::idempotencyKey).containsOnly("HS-0005:result-ready:SMS");
        assertThat(calls).extracting(SmsGatewayStub.Call::authorization).containsOnly("Bearer khoa-thu-nghiem");
        assertThat(calls.getLast().text())
                .isEqualTo("Hồ sơ HS-0005 đã có kết quả, mời ông/bà đến nhận tại Bộ phận Một cửa.");
        assertThat(row(id)).containsEntry("attempts", 3).containsEntry("recipient", to);
    }

    @Test
    void givesUpOnAnSmsTheGatewayRefusesAndLetsAnOperatorRequeueIt() {
        String to = "+84987000002";
        GATEWAY.answer(to, 400);
        long id = enqueue(Notification.sms("HS-0006:received:SMS", "+84987000002", "Hồ sơ HS-0006 đã được tiếp nhận.",
                "HS-0006"));

        Eventually.await("the SMS failed", WAIT, () -> "FAILED".equals(row(id).get("status")));
        Eventually.pause(Duration.ofSeconds(1));
        assertThat(GATEWAY.callsTo(to)).hasSize(1);
        assertThat((String) row(id).get("last_error")).contains("400");

        Api admin = Api.at(port).as("quantri");
        Api.Answer failed = admin.get("/api/v1/notifications?status=FAILED&dossierCode=HS-0006");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json()).hasSize(1);
        assertThat(failed.json().get(0).get("idempotencyKey").asString()).isEqualTo("HS-0006:received:SMS");
        assertThat(failed.json().get(0).has("body")).isFalse();

        Api.Answer requeued = admin.post("/api/v1/notifications/" + id + "/requeue", "");
        assertThat(requeued.status()).isEqualTo(200);
        assertThat(requeued.json().get("attempts").asInt()).isZero();
        Eventually.await("the re-queued SMS was sent", WAIT, () -> "SENT".equals(row(id).get("status")));
        assertThat(GATEWAY.callsTo(to)).extracting(SmsGatewayStub.Call::answered).containsExactly(400, 200);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'notification.requeued' "
                + "and object_id = :id and actor = 'quantri'").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(1);

        Api.Answer again = admin.post("/api/v1/notifications/" + id + "/requeue", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("notification-not-requeueable");
    }

    @Test
    void keepsEmailsQueuedWhileTheMailServerIsDownAndDeliversThemWhenItIsBack() {
        String to = "pham.thi.dung@example.vn";
        smtp.stop();
        try {
            long id = enqueue(Notification.email("HS-0007:received:EMAIL", to, "Đã tiếp nhận hồ sơ HS-0007",
                    "Hồ sơ của bà đã được tiếp nhận.", "HS-0007"));
            Eventually.await("a delivery was tried", WAIT, () -> row(id).get("last_error") != null);
            Eventually.pause(Duration.ofSeconds(1));
            assertThat(row(id)).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
        } finally {
            smtp = startSmtp();
        }
        Eventually.await("the e-mail arrived", WAIT, () -> mailsTo(to).size() == 1);
        Eventually.pause(Duration.ofSeconds(1));
        assertThat(mailsTo(to)).hasSize(1);
    }

    @Test
    void answersOperatorsOnlyAndWithProblemsForUnknownNotifications() {
        assertThat(Api.at(port).as("congdan").get("/api/v1/notifications").status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/notifications").status()).isEqualTo(401);
        Api.Answer missing = Api.at(port).as("quantri").post("/api/v1/notifications/999999/requeue", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("notification-not-found");
    }

    private long enqueue(Notification notification) {
        Long id = new TransactionTemplate(transactions).execute(transaction -> notifications.enqueue(notification));
        return id;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from notification_outbox where id = :id").param("id", id).query().singleRow();
    }

    private long rowsWithKey(String key) {
        return jdbc.sql("select count(*) from notification_outbox where idempotency_key = :key").param("key", key)
                .query(Long.class).single();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> sentTo(mail, address)).toList();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

}
