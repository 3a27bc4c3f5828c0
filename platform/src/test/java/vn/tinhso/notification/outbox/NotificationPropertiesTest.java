package vn.tinhso.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off doubles from the first failure and stops growing at its cap. */
class NotificationPropertiesTest {

    private final NotificationProperties settings = new NotificationProperties(true, Duration.ofSeconds(5), 50, 8,
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofMinutes(1),
            new NotificationProperties.Email("khongtraloi@tinhso.gov.vn", "Tỉnh Số"),
            new NotificationProperties.Sms("", "", Duration.ofSeconds(10)));

    @Test
    void doublesTheWaitAfterEachFailedAttemptUpToTheCap() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
    }
}
