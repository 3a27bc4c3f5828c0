package vn.tinhso.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.Notification;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Dispatchers on several nodes share one outbox: each message goes to exactly one of them, a message whose
 * sender died mid-send is taken over after its lease, and one that keeps failing ends DEAD.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "tinhso.notification.dispatch=false")
class ConcurrentDispatchIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void neverSendsAMessageTwiceWhenDispatchersPollConcurrently() throws Exception {
        List<String> keys = IntStream.range(0, 120).mapToObj(i -> "concurrent:" + i).toList();
        keys.forEach(key -> outbox.add(email(key), "test"));
        CountingSender sender = new CountingSender(message -> new Delivery.Sent("id-" + message.id()));

        try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> handled = IntStream.range(0, 4)
                    .mapToObj(node -> nodes.submit(() -> drain(dispatcher(sender, settings(3, 10))))).toList();
            int total = 0;
            for (Future<Integer> node : handled) {
                total += node.get();
            }
            assertThat(total).isEqualTo(keys.size());
        }

        assertThat(sender.sends).containsOnlyKeys(keys);
        assertThat(sender.sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(statusCount("concurrent:%", "SENT")).isEqualTo(keys.size());
    }

    @Test
    void retriesAMessageWhoseSenderDiedBeforeItsLeaseExpired() {
        outbox.add(email("crashed:1"), "test");
        // A dispatcher claims it and dies before recording anything.
        assertThat(outbox.claimNext(List.of(Channel.EMAIL), Duration.ofMillis(1))).isPresent();
        CountingSender sender = new CountingSender(message -> new Delivery.Sent("id-" + message.id()));

        vn.tinhso.support.Eventually.pause(Duration.ofMillis(20));
        drain(dispatcher(sender, settings(3, 10)));

        assertThat(sender.sends.get("crashed:1")).hasValue(1);
        assertThat(jdbc.sql("select status, attempts from notification_outbox where idempotency_key = 'crashed:1'")
                .query().singleRow()).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void marksAMessageDeadAfterItsLastAttempt() {
        outbox.add(email("hopeless:1"), "test");
        CountingSender sender = new CountingSender(message -> new Delivery.Retryable("451 try again later"));
        Dispatcher dispatcher = dispatcher(sender, settings(3, 10));

        for (int poll = 0; poll < 10; poll++) {
            dispatcher.dispatchDue();
        }

        assertThat(sender.sends.get("hopeless:1")).hasValue(3);
        assertThat(jdbc.sql("select status, last_error from notification_outbox where idempotency_key = 'hopeless:1'")
                .query().singleRow()).containsEntry("status", "DEAD").containsEntry("last_error", "451 try again later");
    }

    private Dispatcher dispatcher(ChannelSender sender, NotificationProperties properties) {
        return new Dispatcher(outbox, List.of(sender), properties);
    }

    /** Polls until a poll finds nothing due; answers how many messages this dispatcher handled. */
    private static int drain(Dispatcher dispatcher) {
        int handled = 0;
        for (int batch = dispatcher.dispatchDue(); batch > 0; batch = dispatcher.dispatchDue()) {
            handled += batch;
        }
        return handled;
    }

    private long statusCount(String keyPattern, String status) {
        return jdbc.sql("select count(*) from notification_outbox where idempotency_key like :pattern "
                        + "and status = :status")
                .param("pattern", keyPattern).param("status", status).query(Long.class).single();
    }

    private static Notification email(String key) {
        return Notification.email(key, "cong.dan@example.vn", "Thông báo", "Nội dung thông báo.", null);
    }

    /** No back-off, so a test can poll through every attempt at once. */
    private static NotificationProperties settings(int maxAttempts, int batchSize) {
        return new NotificationProperties(false, Duration.ofMillis(100), batchSize, maxAttempts, Duration.ZERO,
                Duration.ZERO, Duration.ofMinutes(1), Duration.ZERO,
                new NotificationProperties.Email("khongtraloi@tinhso.gov.vn", "Tỉnh Số"),
                new NotificationProperties.Sms("", "", Duration.ofSeconds(1)));
    }

    /** An e-mail "provider" that counts what it is given, a little slowly, as a real one would. */
    private static final class CountingSender implements ChannelSender {

        final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        private final Function<OutgoingMessage, Delivery> answer;

        CountingSender(Function<OutgoingMessage, Delivery> answer) {
            this.answer = answer;
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Delivery send(OutgoingMessage message) {
            sends.computeIfAbsent(message.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
            vn.tinhso.support.Eventually.pause(Duration.ofMillis(2));
            return answer.apply(message);
        }
    }
}
