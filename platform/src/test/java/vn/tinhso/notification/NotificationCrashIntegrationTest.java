package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinhso.support.Eventually;
import vn.tinhso.support.FreePorts;
import vn.tinhso.support.PlatformProcess;

/**
 * A power cut in the middle of sending: the platform, a real second process, is stuck handing an e-mail to a
 * mail server that accepted the connection but never answers, with more e-mails queued behind it, and is killed
 * ({@code kill -9}). Restarted with a working mail server, it delivers every e-mail exactly once.
 */
class NotificationCrashIntegrationTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final int MESSAGES = 5;

    @TempDir
    Path workspace;

    @Test
    void deliversEveryQueuedEmailExactlyOnceAfterAKillDuringASend() throws Exception {
        Path data = workspace.resolve("data");
        int dbPort = FreePorts.next();
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        // Accepts connections (the kernel completes the handshake) but never sends the SMTP greeting.
        try (ServerSocket blackHole = new ServerSocket(0)) {
            PlatformProcess first = PlatformProcess.start(data, START, settings(dbPort, blackHole.getLocalPort()));
            IntStream.rangeClosed(1, MESSAGES).forEach(i -> insert(dbPort, "HS-CRASH-" + i + ":received:EMAIL"));
            Eventually.await("a send hangs", Duration.ofSeconds(30), () -> statuses(dbPort).containsValue("SENDING"));
            assertThat(statuses(dbPort).values()).containsOnly("SENDING", "QUEUED");
            first.kill();
        }

        smtp.start();
        try (PlatformProcess second = PlatformProcess.start(data, START, settings(dbPort, smtp.getSmtp().getPort()))) {
            Eventually.await("every e-mail was sent", Duration.ofSeconds(60),
                    () -> statuses(dbPort).values().stream().allMatch("SENT"::equals));
            Eventually.pause(Duration.ofSeconds(2));

            List<String> subjects = Arrays.stream(smtp.getReceivedMessages())
                    .map(NotificationCrashIntegrationTest::subject).toList();
            assertThat(subjects).hasSize(MESSAGES).doesNotHaveDuplicates()
                    .allMatch(subject -> subject.startsWith("Hồ sơ HS-CRASH-"));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationCrashIntegrationTest::messageId)
                    .distinct()).hasSize(MESSAGES);
        } finally {
            smtp.stop();
        }
    }

    private static String[] settings(int dbPort, int smtpPort) {
        return new String[] {"--tinhso.db.port=" + dbPort, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--spring.mail.properties.mail.smtp.timeout=120000",
                "--tinhso.notification.poll-interval=200ms", "--tinhso.notification.lease=3s",
                "--tinhso.notification.backoff=500ms", "--tinhso.notification.max-backoff=1s",
                "--tinhso.demo.enabled=false"};
    }

    /** Straight into the outbox of the running process, as a committed business transaction would leave it. */
    private static void insert(int dbPort, String key) {
        String code = key.substring(0, key.indexOf(':'));
        sql(dbPort, """
                insert into notification_outbox (idempotency_key, channel, recipient, subject, body, dossier_code,
                    next_attempt_at, created_at, correlation_id)
                values (?, 'EMAIL', 'cong.dan@example.vn', ?, 'Hồ sơ của ông/bà đã được tiếp nhận.', ?, now(), now(),
                    'crash-test')""", statement -> {
            statement.setString(1, key);
            statement.setString(2, "Hồ sơ " + code + " đã được tiếp nhận");
            statement.setString(3, code);
            statement.executeUpdate();
            return null;
        });
    }

    private static Map<String, String> statuses(int dbPort) {
        return sql(dbPort, "select idempotency_key, status from notification_outbox", statement -> {
            Map<String, String> statuses = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
            return statuses;
        });
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private static <T> T sql(int dbPort, String sql, Statement<T> work) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/tinhso", "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
