package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** A notification that could never be delivered is refused when it is made, with a 400 problem. */
class NotificationTest {

    @Test
    void normalisesVietnameseMobileNumbersToTheInternationalForm() {
        assertThat(Notification.sms("k", "0912 345 678", "x", null).recipient()).isEqualTo("+84912345678");
        assertThat(Notification.sms("k", "+84 912.345.678", "x", null).recipient()).isEqualTo("+84912345678");
        assertThat(Notification.sms("k", "84-387-654-321", "x", null).recipient()).isEqualTo("+84387654321");
    }

    @Test
    void refusesNumbersThatAreNotVietnameseMobiles() {
        for (String number : new String[] {"091234567", "09123456789", "0212345678", "+85512345678", "", null,
                "0912a45678"}) {
            assertThatThrownBy(() -> Notification.sms("k", number, "x", null))
                    .isInstanceOf(MobileNumberInvalid.class)
                    .satisfies(problem -> assertBadRequest((Problem) problem, "mobile-number-invalid"));
        }
    }

    @Test
    void keepsEmailAddressesAndLowerCasesOnlyTheirDomain() {
        assertThat(Notification.email("k", " Nguyen.An@Example.VN ", "s", "b", null).recipient())
                .isEqualTo("Nguyen.An@example.vn");
    }

    @Test
    void refusesMalformedEmailAddresses() {
        for (String address : new String[] {"an", "an@", "@example.vn", "an@example", "an@@example.vn",
                "an van@example.vn", "an..b@example.vn", "an@-example.vn", null}) {
            assertThatThrownBy(() -> Notification.email("k", address, "s", "b", null))
                    .isInstanceOf(EmailAddressInvalid.class)
                    .satisfies(problem -> assertBadRequest((Problem) problem, "email-address-invalid"));
        }
    }

    @Test
    void requiresAKeyFitForHeadersABodyAndAnEmailSubject() {
        assertThatThrownBy(() -> Notification.email("has space", "a@example.vn", "s", "b", null))
                .isInstanceOf(NotificationIncomplete.class).hasMessage("notification-incomplete");
        assertThatThrownBy(() -> Notification.email("k", "a@example.vn", " ", "b", null))
                .isInstanceOf(NotificationIncomplete.class);
        assertThatThrownBy(() -> Notification.sms("k", "0912345678", "", null))
                .isInstanceOf(NotificationIncomplete.class);
        assertThatThrownBy(() -> Notification.sms("mã-hồ-sơ", "0912345678", "x", null))
                .isInstanceOf(NotificationIncomplete.class);
        assertThat(new Notification("k", Channel.SMS, "0912345678", "ignored", "x", null, null).subject()).isNull();
    }

    private static void assertBadRequest(Problem problem, String code) {
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
